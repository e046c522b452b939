using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2043: <c>for x in word</c> over one constant word, which runs once.</summary>
internal sealed class SC2043LoopRunsOnce : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2043",
        Name = "loop-runs-once",
        Title = "A for loop over one constant word runs once: check the quoting or the missing expansion",
        MessageFormat = "This loop runs exactly once, over '{0}': a quoted list, or a missing $ or glob?",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Off: on the corpus every finding is a generated list that holds one item for now (Node's release keys, nginx module targets), deliberate and harmless; warning, as in ShellCheck, where enabled.",
        Docs = """
            ## What it does
            Reports a `for NAME in WORDS` loop whose list is a single word with no expansion and no glob:
            `for pkg in "curl git make"`, `for f in /etc/app.conf`.

            ## Why
            Such a loop runs its body once, which is seldom what was meant: the list was quoted into one word,
            a `$` or a glob character is missing, or the loop is left over from a longer list. With one word
            nothing needs a loop; with several, write them unquoted (`for pkg in curl git make`).

            ## Example
            ```dockerfile
            FROM debian:12
            RUN for d in "/var/log/app /var/cache/app"; do mkdir -p "$d"; done
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN for d in /var/log/app /var/cache/app; do mkdir -p "$d"; done
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too. A word wholly in single
            quotes (`for x in 'a b'`) is left to ShellCheck's SC2041 there and is not reported here either.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var loop in script.Script.ForLoops)
        {
            if (loop.Items.Length != 1) continue;
            var word = loop.Items[0];
            if (word.HasExpansion || word.Text.Length == 0) continue;
            var parts = script.PartsOf(word);
            if (parts.Count == 1 && parts[0].Kind == WordPartKind.SingleQuoted) continue;
            if (parts.Any(p => p.Kind == WordPartKind.Literal && !p.InDoubleQuotes && HasGlobOrBrace(word.Text, p))) continue;
            reporter.Report(word.Span, null, SC2046UnquotedCommandSubstitution.Abbreviate(word.Text));
        }
    }

    /// <summary>True when the unquoted piece holds an unescaped glob character or brace (<c>*</c>, <c>?</c>, <c>[</c>, <c>{</c>).</summary>
    private static bool HasGlobOrBrace(string text, WordPart part)
    {
        for (int i = part.Start; i < part.End; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] is '*' or '?' or '[' or '{') return true;
        }
        return false;
    }
}
