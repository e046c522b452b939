using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2002: <c>cat file | cmd</c>, where <c>cmd &lt; file</c> does the same.</summary>
internal sealed class SC2002UselessCat : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2002",
        Name = "useless-cat",
        Title = "Redirect the file instead of piping it through cat",
        MessageFormat = "cat only copies '{0}' into the pipe; write 'cmd < {0}' or 'cmd {0}'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Style,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Style),
        PresetRationale = "Off: one extra process in a build step costs nothing and changes no result; style where enabled.",
        Docs = """
            ## What it does
            Reports `cat FILE | …`: a `cat` with a single file and no options at the start of a pipeline. A file
            word with an unquoted variable (`cat $FILES | …`) may stand for several files and is not reported.

            ## Why
            The `cat` adds a process and a pipe that the next command does not need: `grep x < file` or
            `grep x file` reads the file directly. Purely a matter of style in a Dockerfile.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN cat /etc/os-release | grep VERSION_ID
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN grep VERSION_ID /etc/os-release
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (command.Name != "cat" || !ShellListStructure.IsFirstOfPipe(command, reporter.Source)) continue;
            if (command.Arguments.Length != 1 || command.Arguments[0] is not { } file || file.Text.StartsWith('-')) continue;
            // An unquoted variable may stand for several files or options (as in ShellCheck).
            if (script.PartsOf(file).Any(p => p.Kind == WordPartKind.Parameter && !p.InDoubleQuotes)) continue;
            reporter.Report(file.Span, null, SC2046UnquotedCommandSubstitution.Abbreviate(file.Text));
        }
    }
}
