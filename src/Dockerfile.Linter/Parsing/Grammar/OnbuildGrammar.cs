using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>ONBUILD's trigger: the nested instruction's keyword and its range (keyword to the end).</summary>
internal readonly record struct OnbuildTriggerText(Located<string> Keyword, int End);

/// <summary>
/// <c>ONBUILD instruction</c>: the trigger is a whole instruction of its own (its keyword, then flags and arguments,
/// read by that keyword's grammar). BuildKit's parser nests any keyword; its instruction layer then refuses
/// <c>ONBUILD ONBUILD</c>, <c>ONBUILD FROM</c> and <c>ONBUILD MAINTAINER</c> (<see cref="AllowedTrigger"/>).
/// </summary>
internal static class OnbuildGrammar
{
    private static readonly Parser<char, Located<string>> Keyword =
        CharRun.Until(CharRun.TokenSpaces, minimum: 1).Spanned().Labelled("an instruction");

    /// <summary>Any trigger, as BuildKit's parser nests it.</summary>
    public static readonly Parser<char, OnbuildTriggerText> Trigger =
        Map((keyword, _, end) => new OnbuildTriggerText(keyword, end), Keyword, CharRun.SkipToEnd(), CurrentOffset);

    /// <summary>A trigger BuildKit's instruction layer accepts: any instruction but ONBUILD, FROM and MAINTAINER.</summary>
    public static readonly Parser<char, OnbuildTriggerText> AllowedTrigger =
        Lookahead(Keyword).Assert(k => IsAllowedTrigger(k.Value))
            .Labelled("an instruction other than ONBUILD, FROM or MAINTAINER")
            .Then(Trigger);

    /// <summary>False for the keywords BuildKit refuses as triggers (any case).</summary>
    public static bool IsAllowedTrigger(string keyword) =>
        !keyword.Equals("ONBUILD", StringComparison.OrdinalIgnoreCase) &&
        !keyword.Equals("FROM", StringComparison.OrdinalIgnoreCase) &&
        !keyword.Equals("MAINTAINER", StringComparison.OrdinalIgnoreCase);

    /// <summary>BuildKit's refusal of a trigger <see cref="IsAllowedTrigger"/> rejects (<c>parseOnBuild</c>'s texts).</summary>
    public static string Refusal(string keyword)
    {
        string upper = keyword.ToUpperInvariant();
        return upper == "ONBUILD"
            ? "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"
            : $"{upper} isn't allowed as an ONBUILD trigger";
    }
}
