using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6002: <c>AS</c> not written in the same case as <c>FROM</c> (BuildKit's FromAsCasing).</summary>
internal sealed class DF6002FromAsCasing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6002",
        Name = "from-as-casing",
        Title = "The AS keyword should match the case of FROM",
        MessageFormat = "'{0}' and '{1}' keywords' casing do not match",
        Category = RuleCategory.Style,
        DefaultSeverity = Severity.Style,
        PresetRationale = "Casing is cosmetics (0 of 6 audited findings worth a change).",
        Fix = FixAvailability.Always,
        FixTitle = "Match the casing of AS to FROM",
        Aliases = ["FromAsCasing"],
        Docs = """
            ## What it does
            Reports the `AS` keyword of a named stage when `FROM` is written all upper-case and `AS` is not, or `FROM`
            is written all lower-case and `as` is not, like BuildKit's `FromAsCasing` check. A mixed-case `From` is
            left to `ConsistentInstructionCasing` (DF6004). The fix rewrites `AS` in the case of `FROM`.

            ## Why
            Keywords are case-insensitive, but `FROM image as build` next to `FROM image AS test` reads as two
            different things. One spelling per file is easier to scan and to search.

            ## Example
            ```dockerfile
            FROM golang:1.23 as builder
            RUN go version
            ```

            ## Use instead
            ```dockerfile
            FROM golang:1.23 AS builder
            RUN go version
            ```
            ## Differences from hadolint
            hadolint has no such rule. BuildKit marks the whole `FROM` instruction (its checks only record line
            ranges); this rule marks `AS`.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.AsKeyword is not { } asKeyword) return;
        string keyword = from.Keyword.Text;
        string wanted;
        if (keyword == keyword.ToUpperInvariant()) wanted = asKeyword.Text.ToUpperInvariant();
        else if (keyword == keyword.ToLowerInvariant()) wanted = asKeyword.Text.ToLowerInvariant();
        else return;
        if (wanted == asKeyword.Text) return;
        context.Report(asKeyword.Span, new Fix($"Write '{wanted}'", [new TextEdit(asKeyword.Span, wanted)]), asKeyword.Text, keyword);
    }
}
