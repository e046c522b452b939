using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL4006: a RUN pipes commands while the shell does not fail on a failing pipe stage.</summary>
internal sealed class DL4006PipeWithoutPipefail : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL4006",
        Name = "pipe-without-pipefail",
        Title = "Set pipefail before piping in RUN",
        MessageFormat = "Pipe in RUN without 'pipefail': only the exit status of '{0}' counts, earlier failures are hidden; set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
        Category = RuleCategory.Shell,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Most pipes in real files start with echo, printf or a version query, where no failure can hide (994 of 1,888 corpus findings start with echo); a remote script piped into a shell is DF4007, a warning.",
        Docs = """
            ## What it does
            Reports a shell-form RUN that pipes one command into another (`a | b`) while the stage's shell does not
            run with `pipefail`.

            ## Why
            A pipeline's exit status is the status of its last command. `RUN wget -O- https://example.com/key | gpg --dearmor`
            succeeds even when the download fails, and the build carries on with a broken layer. With
            `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `set -o pipefail` in the same RUN, before the pipe)
            any failing stage fails the build.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN wget -qO- https://example.com/install.sh | bash
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            RUN wget -qO- https://example.com/install.sh | bash
            ```

            ## Differences from hadolint
            hadolint only looks for a SHELL instruction earlier in the same stage. This rule also accepts a
            pipefail SHELL inherited from a parent stage (`FROM base`, which BuildKit carries over in the image
            config), and a `set -o pipefail` (or `set -euo pipefail`) earlier in the same RUN. Exec-form RUNs are
            not shell scripts that SHELL affects and are not reported, and neither are stages whose SHELL is
            PowerShell or cmd, nor Windows stages without a SHELL (a base image such as
            `mcr.microsoft.com/windows/servercore` or `…/dotnet/sdk:8.0-nanoserver-ltsc2022`, or
            `FROM --platform=windows/amd64`), whose RUN runs in `cmd`: neither PowerShell nor cmd has a pipefail
            setting to advise. hadolint reports those.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        if (run.Command is ExecForm) return;
        var shell = context.Semantics.GetShell(run);
        // The default shell (nearly every RUN's, and the same array) is POSIX and sets no pipefail.
        bool isDefault = shell == SemanticModel.DefaultShell || shell.AsSpan().SequenceEqual(SemanticModel.DefaultShell.AsSpan());
        if (!isDefault && (!ShellDialect.IsPosix(shell) || ShellDialect.SetsPipefail(shell))) return;
        // Without a SHELL instruction a Windows stage runs RUN with cmd, which has no pipefail question either.
        if (isDefault && context.Semantics.GetStage(run) is { } stage
            && context.Semantics.IsWindowsStage(stage))
            return;
        var script = context.GetScript(run);
        if (script.IsExecForm || !script.HasPipes) return;

        var pipe = script.Pipelines.First(p => p.HasPipe);
        if (SetsPipefailBefore(script, pipe.Span.Start)) return;
        string last = pipe.Commands.Length > 0 ? pipe.Commands[^1].EffectiveName : "the last command";
        context.Report(pipe.Span, last);
    }

    /// <summary>True when a <c>set -o pipefail</c> (alone or in a flag bundle) runs before <paramref name="offset"/>.</summary>
    private static bool SetsPipefailBefore(ShellScript script, int offset)
    {
        foreach (var command in script.Commands)
        {
            if (command.Span.Start >= offset) break;
            if (command.BaseName != "set") continue;
            var words = command.Arguments;
            for (int i = 0; i + 1 < words.Length; i++)
            {
                string flag = words[i].UnquotedText;
                if (flag.StartsWith('-') && !flag.StartsWith("--") && flag.Contains('o') && words[i + 1].UnquotedText == "pipefail")
                    return true;
            }
        }
        return false;
    }
}
