using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2013: <c>for x in $(cat file)</c> iterates over words, not lines.</summary>
internal sealed class SC2013ForOverLines : ShellCheckRule
{
    // Commands whose output is read line by line (ShellCheck's list).
    private static readonly HashSet<string> LineBased = ["grep", "fgrep", "egrep", "sed", "cat", "awk", "cut", "sort"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2013",
        Name = "for-over-lines",
        Title = "To read lines, use 'while read -r'; for splits the output into words",
        MessageFormat = "'for' over '{0}' iterates over words, not lines; read lines with 'while IFS= read -r line'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Info),
        PresetRationale = "Off: on the corpus the files read are lists of one word per line (package names, URLs), where words and lines coincide; info where enabled.",
        Docs = """
            ## What it does
            Reports the unquoted command substitution of a one-word `for` list when its commands only print
            lines of a file: `cat`, `grep`, `sed`, `awk`, `cut`, `sort` (`for pkg in $(cat packages.txt)`).

            ## Why
            The output of `$(…)` is split at every blank, not at line ends, and each piece is expanded as a glob:
            a line `libfoo dev` becomes two iterations and a line `*` becomes the files of the current directory.
            `while IFS= read -r line; do …; done < file` reads whole lines as they are.

            ## Example
            ```dockerfile
            FROM debian:12
            COPY requirements.txt /tmp/
            RUN for line in $(cat /tmp/requirements.txt); do pip install "$line"; done
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            COPY requirements.txt /tmp/
            RUN while IFS= read -r line; do pip install "$line"; done < /tmp/requirements.txt
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Dollar | ScriptCharacters.Backtick;   // a command substitution

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var loop in script.Script.ForLoops)
        {
            if (loop.Items.Length != 1) continue;
            var word = loop.Items[0];
            foreach (var part in script.PartsOf(word))
            {
                if (part.Kind is not (WordPartKind.CommandSubstitution or WordPartKind.Backticks) || part.InDoubleQuotes) continue;
                var span = ShellCheckScript.SpanOf(word, part);
                if (!ReadsLines(script.Script, span)) continue;
                reporter.Report(span, null, SC2046UnquotedCommandSubstitution.Abbreviate(word.Text[part.Start..part.End]));
            }
        }
    }

    /// <summary>True when the substitution at <paramref name="span"/> is one pipeline of simple, line-printing commands.</summary>
    private static bool ReadsLines(ShellScript script, Syntax.TextSpan span)
    {
        ShellAndOrList? only = null;
        foreach (var list in script.AndOrLists)
        {
            if (list.Kind != ShellListKind.Substitution || list.Span.Start < span.Start || list.Span.End > span.End) continue;
            if (only is not null) return false;
            only = list;
        }
        if (only is null || only.Pipelines.Length != 1) return false;
        var pipeline = only.Pipelines[0];
        return pipeline.Commands.Length == pipeline.ElementCount && pipeline.Commands.All(c => LineBased.Contains(c.BaseName));
    }
}
