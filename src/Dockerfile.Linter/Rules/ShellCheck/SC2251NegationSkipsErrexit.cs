using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2251: a <c>! cmd</c> statement under <c>set -e</c> whose status nobody tests.</summary>
internal sealed class SC2251NegationSkipsErrexit : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2251",
        Name = "negation-skips-errexit",
        Title = "A negated command that is not a condition never stops a set -e script; use '&& exit 1'",
        FixTitle = "Write '… && exit 1'",
        MessageFormat = "This '!' is not a condition: under set -e the script goes on whatever '{0}' returns; write '… && exit 1' or test its status",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Fix = FixAvailability.Sometimes,
        PresetRationale = "On, info as in ShellCheck: on the corpus every finding is an assertion meant to fail the build (`! grep -q … file;` after `set -eux`) that can never fail it.",
        Docs = """
            ## What it does
            Reports a statement negated with `!` (`! grep -q pattern file;`) in a script that runs with errexit
            (`set -e`, `set -eux`, `set -o errexit`, or a SHELL or `sh -ec` that starts the shell with `-e`), when
            nothing tests its exit status: it is not an `if`/`while` condition, not the left side of `&&` or `||`,
            and not the last command of the script, a subshell or a function (whose status is returned).

            ## Why
            errexit ignores the status of any pipeline that starts with `!`. A line such as `! grep -q debug
            /etc/app.conf;` reads like an assertion that stops the build when the file mentions `debug`, but the
            shell goes on either way: the check does nothing. Write the failure explicitly, `grep -q debug
            /etc/app.conf && exit 1`, or test it in an `if`.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN set -eux; \
                sed -i 's/^debug=.*/debug=off/' /etc/app.conf; \
                ! grep -q '^debug=on' /etc/app.conf; \
                rm -rf /tmp/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN set -eux; \
                sed -i 's/^debug=.*/debug=off/' /etc/app.conf; \
                if grep -q '^debug=on' /etc/app.conf; then exit 1; fi; \
                rm -rf /tmp/*
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086. hadolint hands ShellCheck the RUN alone, so only `set -e` inside it
            counts there; here a SHELL with `-e` (`SHELL ["/bin/bash", "-eo", "pipefail", "-c"]`) counts too, and
            so does `sh -ec` for the script it runs. The scripts of `sh -c '…'` are checked as scripts of their own.

            ## Fix safety
            Replaces `! cmd` with `cmd && exit 1`. Unsafe: the build now fails where the check was meant to fail it,
            which it did not before.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var list in script.Script.AndOrLists)
        {
            if (list.Pipelines.Length != 1 || !list.Pipelines[0].IsNegated || list.IsBackground) continue;
            if (!IsStatement(list) || script.Structure.IsTested(list) || !script.Structure.HasErrexit(list)) continue;
            var pipeline = list.Pipelines[0];
            reporter.Report(pipeline.NegationSpan, Rewrite(reporter.Source, pipeline), Describe(reporter.Source, pipeline));
        }
    }

    /// <summary>True when nothing reads the item's status: it is not what its list returns, and not in <c>$(…)</c> or a case item.</summary>
    private static bool IsStatement(ShellAndOrList list) => list.Kind switch
    {
        ShellListKind.Script or ShellListKind.Subshell or ShellListKind.FunctionBody or ShellListKind.Condition => !list.IsLast,
        ShellListKind.Group or ShellListKind.Branch or ShellListKind.LoopBody => true,
        _ => false,
    };

    /// <summary>The negated command as written after the <c>!</c>, shortened to one line.</summary>
    private static string Describe(SourceText source, ShellPipeline pipeline)
    {
        int start = pipeline.NegationSpan.End;
        if (start > pipeline.Span.End || pipeline.Span.End > source.Length) return "the command";
        string text = source.Text[start..pipeline.Span.End].Trim();
        return SC2046UnquotedCommandSubstitution.Abbreviate(text);
    }

    private static Fix? Rewrite(SourceText source, ShellPipeline pipeline)
    {
        var bang = pipeline.NegationSpan;
        if (bang.Length != 1 || bang.End > source.Length || source.Text[bang.Start] != '!' || pipeline.Span.End > source.Length) return null;
        int end = bang.End;
        while (end < pipeline.Span.End && source.Text[end] is ' ' or '\t') end++;
        if (end >= pipeline.Span.End) return null;
        return new Fix("Write '… && exit 1'",
            [new TextEdit(TextSpan.FromBounds(bang.Start, end), ""), new TextEdit(new TextSpan(pipeline.Span.End, 0), " && exit 1")],
            FixSafety.Unsafe);
    }
}
