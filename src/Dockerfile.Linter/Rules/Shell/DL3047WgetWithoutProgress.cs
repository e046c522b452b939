using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3047: <c>wget</c> without a progress or quiet option floods the build log.</summary>
internal sealed class DL3047WgetWithoutProgress : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3047",
        Name = "wget-without-progress",
        Title = "Quiet wget's progress bar",
        MessageFormat = "wget without '--progress=dot:giga', '-q' or '-nv' writes a progress line per chunk into the build log",
        Category = RuleCategory.Shell,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Info),
        PresetRationale = "wget's progress output only lengthens the build log: 1,070 findings in 538 corpus files, 0 of 6 audited worth a change.",
        Docs = """
            ## What it does
            Reports a `wget` call that has none of `--progress`, `-q`/`--quiet`, `-nv`/`--no-verbose`,
            `-o`/`--output-file` or `-a`/`--append-output`.

            ## Why
            Without a terminal wget falls back to a dot progress display that writes many lines for a large
            download, burying the useful part of the build log and slowing log collection in CI.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN wget https://example.com/app.tar.gz
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN wget --progress=dot:giga https://example.com/app.tar.gz
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "wget") return;
        if (command.HasFlag("progress", "q", "quiet", "no-verbose", "o", "output-file", "a", "append-output")) return;
        if (command.GetFlagValues("n").Contains("v")) return;   // -nv parses as -n with value v
        var name = command.Effective.NameWord;
        context.Report(name?.Span ?? command.Span);
    }
}
