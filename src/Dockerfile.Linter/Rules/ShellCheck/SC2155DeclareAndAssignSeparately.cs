using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2155: <c>export V=$(cmd)</c> hides the exit status of <c>cmd</c>.</summary>
internal sealed class SC2155DeclareAndAssignSeparately : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2155",
        Name = "declare-and-assign-separately",
        Title = "Assign a command's output before exporting or declaring the variable",
        MessageFormat = "'{0}' assigns a command's output: the exit status of '{1}' is lost, so a failure goes unnoticed; assign first, then '{1} {2}'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Off: on the corpus it is dominated by `export GNUPGHOME=\"$(mktemp -d)\"` and similar lines whose command does not fail in practice; info where enabled.",
        Docs = """
            ## What it does
            Reports `export`, `readonly`, `local`, `declare` or `typeset` with an assignment whose value contains a
            command substitution: `export VERSION=$(cat VERSION)`.

            ## Why
            The exit status of such a line is the status of `export`, which succeeds, not that of the command
            inside. With `set -e` or a `&&` chain, a failing `cat` or `curl` goes unnoticed and the variable is
            silently empty. Assign first (`VERSION=$(cat VERSION)`), which fails like the command, then export.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN export ARCH=$(dpkg --print-architecture) && curl -fsSLO "https://example.com/tool-$ARCH.tgz"
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN ARCH=$(dpkg --print-architecture) && export ARCH && curl -fsSLO "https://example.com/tool-$ARCH.tgz"
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Dollar | ScriptCharacters.Backtick;   // a command substitution

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (!ShellCheckScript.IsDeclaration(command)) continue;
            foreach (var word in command.Arguments)
            {
                int value = ShellCheckScript.AssignmentValueStart(word.Text);
                if (value <= 0 || !ShellCheckScript.MaySubstitute(word)) continue;
                if (!script.PartsOf(word).Any(p => p.End > value && p.Kind is WordPartKind.CommandSubstitution or WordPartKind.Backticks)) continue;
                string name = word.Text[..(value - 1)].TrimEnd('+');
                reporter.Report(word.Span, null, SC2046UnquotedCommandSubstitution.Abbreviate(word.Text), command.Name, name);
            }
        }
    }
}
