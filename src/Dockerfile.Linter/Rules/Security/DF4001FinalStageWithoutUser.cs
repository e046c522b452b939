using System.Buffers;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4001: the final stage never sets USER, so containers run as root.</summary>
internal sealed class DF4001FinalStageWithoutUser : Rule
{
    // Base images known to switch to a non-root user themselves.
    private static readonly string[] NonRootImageHints =
        ["nonroot", "non-root", "rootless", "unprivileged", "chiseled", "bitnami/", "cgr.dev/chainguard/"];

    // Programs that drop privileges at container start (the docker-library pattern).
    private static readonly string[] PrivilegeDroppers = ["gosu", "su-exec", "setpriv", "chpst", "s6-setuidgid"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4001",
        Name = "final-stage-without-user",
        Title = "Final stage runs as root (no USER)",
        MessageFormat = "The final stage sets no USER, so containers run as root; add a USER with a non-root user",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Info,
        Docs = """
            ## What it does
            Reports the `FROM` of the final stage when neither that stage nor the stages it is built on (`FROM <stage>`)
            contain a `USER` instruction. It stays quiet when the base image is known to switch to a non-root user
            itself (tags or names with `nonroot`, `rootless`, `unprivileged`, `chiseled`, Bitnami and Chainguard
            images), when the stage installs or uses a tool that drops privileges at start (`gosu`, `su-exec`,
            `setpriv`, `chpst`, `s6-setuidgid`), and for Windows images.

            The rule is on by default at `info` severity, because running as a non-root user is one of the
            practices this linter exists for; most published Dockerfiles still leave the user to the platform that
            runs them (in the test corpus of 3,703 real files, 2,902 have no `USER` in their final stage). Where the
            platform enforces the user (Kubernetes `runAsNonRoot`/`runAsUser`, OpenShift's random UIDs), switch it
            off with `--ignore final-stage-without-user` or in the configuration file.

            ## Why
            Without `USER` the container's main process runs as root (uid 0). A compromised process then has the
            most privileges the container runtime allows, and files it writes to mounted volumes belong to root.

            ## Example
            ```dockerfile
            FROM python:3.12-slim
            COPY app.py /app/app.py
            CMD ["python", "/app/app.py"]
            ```

            ## Use instead
            ```dockerfile
            FROM python:3.12-slim
            RUN useradd --create-home --uid 10001 app
            COPY app.py /app/app.py
            USER app
            CMD ["python", "/app/app.py"]
            ```

            ## Differences from hadolint
            hadolint's DL3002 reports a last `USER` that is `root`; a stage without any `USER` is fine for it. This
            rule covers exactly that other case, so the two never report the same file position.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var info = context.Semantics.GetStage(stage);
        if (!info.IsFinal) return;
        for (StageInfo? current = info; current is not null; current = current.BaseStage)
        {
            if (HasUserOrPrivilegeDrop(current.Stage)) return;
            if (current.BaseStage is null && IsKnownNonRootOrWindows(current)) return;
        }
        if (!SemanticModel.IsPosix(info.FinalShell)) return;
        var from = stage.From;
        context.Report(from.Image?.Span ?? from.Keyword.Span);
    }

    private static bool HasUserOrPrivilegeDrop(Stage stage)
    {
        // A USER anywhere settles it without reading any command text.
        foreach (var instruction in stage.Instructions)
            if (instruction is UserInstruction) return true;
        foreach (var instruction in stage.Instructions)
            if (instruction is RunInstruction or EntrypointInstruction or CmdInstruction or CopyInstruction
                && instruction.LogicalText.AsSpan().ContainsAny(AnyPrivilegeDropper))
                return true;
        return false;
    }

    private static readonly SearchValues<string> AnyPrivilegeDropper = SearchValues.Create(PrivilegeDroppers, StringComparison.Ordinal);

    private static bool IsKnownNonRootOrWindows(StageInfo root)
    {
        string image = (root.BaseImage ?? root.Stage.From.Image?.Text ?? "").ToLowerInvariant();
        if (NonRootImageHints.Any(h => image.Contains(h, StringComparison.Ordinal))) return true;
        return image.Contains("windows", StringComparison.Ordinal) || image.Contains("nanoserver", StringComparison.Ordinal)
            || image.Contains("servercore", StringComparison.Ordinal);
    }
}
