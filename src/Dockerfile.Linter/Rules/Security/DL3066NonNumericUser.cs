using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3066: USER with a user name instead of a numeric uid.</summary>
internal sealed class DL3066NonNumericUser : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3066",
        Name = "non-numeric-user",
        Title = "Use a numeric uid in USER",
        MessageFormat = "USER '{0}' is a name; use a numeric uid so the runtime can verify the user is not root",
        Category = RuleCategory.Security,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Docs = """
            ## What it does
            Reports the `USER` the container runs as — the last `USER` of the final stage, or of the stage it is built
            on when it sets none — when its user part (before `:`) is a name rather than a number. `USER`s of builder
            stages and `USER`s that a later `USER` replaces only affect build steps and are not reported. Users given through a
            variable are not reported, nor is `root`: `USER 0` would not make it any less root (DL3002 reports a final
            `USER root`). Windows stages (a Windows base image, a PowerShell/cmd `SHELL`, or the Windows
            users `ContainerUser`/`ContainerAdministrator`) are skipped:
            Windows users have no numeric ids.

            ## Why
            Kubernetes `runAsNonRoot` and similar admission checks can only verify a numeric uid; with a name they
            refuse to start the container or have to trust the image. A uid also does not depend on `/etc/passwd`.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN useradd --uid 10001 app
            USER app
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN useradd --uid 10001 app
            USER 10001:10001
            ```

            ## Differences from hadolint
            hadolint skips only variables declared by `ARG`; here every variable is skipped (an `ENV` may come from the
            base image), and `root` and Windows stages are skipped. hadolint reports every `USER` with a name; here only
            the user the container runs as is judged, since that is the one a runtime check sees.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<UserInstruction>(Check);

    private static void Check(UserInstruction instruction, RuleContext context)
    {
        if (instruction.User is not { } user) return;
        // The user the container runs as: the last USER of the final stage or, in a snippet without FROM, of the
        // instructions that form its implicit stage.
        var final = context.Semantics.FinalStage;
        var runsAs = final is null ? context.Semantics.Preamble.OfType<UserInstruction>().LastOrDefault() : final.FinalUser;
        if (!ReferenceEquals(runsAs, instruction)) return;
        string text = user.Text.Trim('"', '\'');
        if (text.Length == 0 || text.Contains('$') || text.All(char.IsAsciiDigit) || text == "root") return;
        if (text.Equals("ContainerUser", StringComparison.OrdinalIgnoreCase) || text.Equals("ContainerAdministrator", StringComparison.OrdinalIgnoreCase)) return;
        if (!context.Semantics.IsPosixShell(instruction) || (final is not null && context.Semantics.IsWindowsStage(final))) return;
        context.Report(user.Span, text);
    }
}
