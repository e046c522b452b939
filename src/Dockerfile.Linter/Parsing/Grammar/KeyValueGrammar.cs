using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>A <c>key=value</c> word, or the legacy <c>key value</c> form (<see cref="IsLegacy"/>).</summary>
internal readonly record struct PairText(Located<string> Key, Located<string> Value, bool IsLegacy);

/// <summary>An ARG declaration: <c>name</c> or <c>name=default</c>.</summary>
internal readonly record struct DeclarationText(Located<string> Name, Located<string>? Default);

/// <summary>
/// ENV, LABEL and ARG. The arguments are first cut into quote-aware words (<see cref="QuotedWordsGrammar"/>); when the
/// first word holds no <c>=</c>, ENV and LABEL take the legacy form <c>key value</c> (key up to the first blank,
/// value the rest), otherwise each word is cut at its first <c>=</c>, even one inside quotes.
/// </summary>
internal static class KeyValueGrammar
{
    private static readonly Parser<char, Located<string>> Key = CharRun.Until("=").Spanned();

    private static readonly Parser<char, Located<string>> AfterEquals =
        Char('=').Labelled("'=' and a value").Then(CharRun.ToEnd().Spanned());

    /// <summary>One <c>key=value</c> word.</summary>
    public static readonly Parser<char, PairText> Pair =
        Map((key, value) => new PairText(key, value, false), Key, AfterEquals);

    /// <summary>The legacy <c>key value</c> form over the whole arguments.</summary>
    public static readonly Parser<char, PairText> LegacyPair = Map(
        (key, value) => new PairText(key, value, true),
        CharRun.Until(CharRun.TokenSpaces, minimum: 1).Spanned().Labelled("a name"),
        Blanks.Then(Rest).Labelled("a value after the name"));

    /// <summary>One ARG word (any text is one: the optional '=' fails quietly).</summary>
    public static readonly Parser<char, DeclarationText> Declaration = Map(
        (name, value) => new DeclarationText(name, value.HasValue ? value.Value : null),
        Key,
        Quiet('=').Then(CharRun.ToEnd().Spanned()).Optional());
}
