using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6007: ENV or LABEL in the legacy <c>key value</c> form (BuildKit's LegacyKeyValueFormat).</summary>
internal sealed class DF6007LegacyKeyValueFormat : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6007",
        Name = "legacy-key-value-format",
        Title = "Use key=value in ENV and LABEL",
        MessageFormat = "\"{0} key=value\" should be used instead of legacy \"{0} key value\" format",
        Category = RuleCategory.Style,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Style,
        PresetRationale = "`ENV key value` builds the same image as `ENV key=value`: cosmetics (0 of 6 audited findings worth a change).",
        Fix = FixAvailability.Sometimes,
        FixTitle = "Use KEY=value",
        Aliases = ["LegacyKeyValueFormat"],
        Docs = """
            ## What it does
            Reports an `ENV` or `LABEL` written as `KEY value` (no `=`), like BuildKit's `LegacyKeyValueFormat` check,
            at the key. When the instruction fits on one line, the fix rewrites it as `KEY=value`: unchanged when the
            value is a single word, wrapped in double quotes when it contains blanks (and no quote or escape
            character that the quotes would change the meaning of; then no fix is offered).

            ## Why
            In the legacy form everything after the first blank is the value, so `ENV A 1 B 2` sets `A` to `1 B 2`
            instead of setting two variables. The `=` form is unambiguous, allows several pairs per instruction, and
            the legacy form may be removed in a future release.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ENV APP_HOME /srv/app
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            ENV APP_HOME=/srv/app
            ```

            ## Differences from hadolint
            hadolint has no such rule. BuildKit reports an `ONBUILD ENV key value` only when a child image runs the
            trigger; this rule does the same and skips ONBUILD triggers. BuildKit marks the whole instruction (its checks only record
            line ranges); this rule marks the key.

            ## Fix safety
            The fix is safe: for a single-word value `KEY value` and `KEY=value` give the same value, and for a value
            with blanks the added double quotes only keep the blanks together (values containing quotes or escape
            characters are not fixed).
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<KeyValueInstruction>(Check);

    private static void Check(KeyValueInstruction instruction, RuleContext context)
    {
        foreach (var pair in instruction.Pairs)
        {
            if (!pair.IsLegacy) continue;
            var fix = FixFor(instruction, pair, context.Syntax.EscapeCharacter);
            context.Report(pair.Key.Span, fix, instruction.Keyword.Text.ToUpperInvariant());
        }
    }

    private static Fix? FixFor(KeyValueInstruction instruction, KeyValue pair, char escape)
    {
        if (instruction.StartLine != instruction.EndLine || pair.Value.Text.Length == 0) return null;
        string value = pair.Value.Text;
        string? written;
        if (IsSingleWord(value, escape)) written = value;
        else if (value.IndexOfAny(['"', '\'', escape]) < 0) written = "\"" + value + "\"";
        else written = null;
        if (written is null) return null;
        var span = TextSpan.FromBounds(pair.Key.Span.Start, pair.Value.Span.End);
        return new Fix("Use KEY=value", [new TextEdit(span, pair.Key.Text + "=" + written)]);
    }

    // True when the quote-aware word splitting of the key=value form keeps the value in one word.
    private static bool IsSingleWord(string value, char escape)
    {
        char quote = '\0';
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (quote != '\0')
            {
                if (c == escape && quote == '"') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            if (c == escape) { i++; continue; }
            if (c is '"' or '\'') quote = c;
            else if (char.IsWhiteSpace(c)) return false;
        }
        return quote == '\0';
    }
}
