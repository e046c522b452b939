using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3020: <c>&amp;&gt; file</c> in POSIX sh.</summary>
internal sealed class SC3020AmpersandRedirect : PortabilityRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3020",
        Name = "posix-ampersand-redirect",
        Title = "POSIX sh has no &> redirection",
        FixTitle = "Use '>file 2>&1'",
        MessageFormat = "'{0}' is not POSIX sh: dash runs the command in the background and empties the file; use '>file 2>&1'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Fix = FixAvailability.Sometimes,
        Docs = $"""
            ## What it does
            Reports the redirections `&>` and `&>>` (standard output and standard error to one file) in a RUN that
            POSIX sh runs.

            ## Why
            `&>` is bash's shorthand. POSIX sh reads `cmd &> log` as `cmd &` followed by `> log`: the command runs
            in the background, the build does not wait for it nor see its exit status, and `log` is created empty.
            `> log 2>&1` does what was meant in every shell.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN ./configure &> /tmp/configure.log
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN ./configure > /tmp/configure.log 2>&1
            ```

            ## Differences from hadolint
            The span is the operator. {DialectDocs}

            ## Fix safety
            Rewrites `&> target` as `> target 2>&1` (`&>>` as `>>` … `2>&1`) when the redirection is written on one
            line as parsed. Safe: it is what bash does with `&>`.
            """,
    };

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        foreach (var redirection in command.Redirections)
        {
            if (redirection.Operator is not ("&>" or "&>>")) continue;
            var span = new TextSpan(redirection.Span.Start, redirection.Operator.Length);
            reporter.Report(span, Rewrite(reporter.Source, redirection), redirection.Operator);
        }
    }

    private static Fix? Rewrite(SourceText source, ShellRedirection redirection)
    {
        if (redirection.Target is not { } target || redirection.Span.End > source.Length) return null;
        var written = source.Text.AsSpan(redirection.Span.Start, redirection.Span.Length);
        if (!written.StartsWith(redirection.Operator) || !written.EndsWith(target.Text) || written.Contains('\n')) return null;
        string replacement = redirection.Operator[1..] + written[redirection.Operator.Length..].ToString() + " 2>&1";
        return new Fix("Use '>file 2>&1'", [new TextEdit(redirection.Span, replacement)]);
    }
}
