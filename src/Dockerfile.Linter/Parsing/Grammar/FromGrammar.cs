using Pidgin;
using static Pidgin.Parser;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>FROM's arguments as BuildKit accepts them: <c>image</c> or <c>image AS name</c>.</summary>
internal sealed record FromArguments(Located<string> Image, Located<string>? AsKeyword, Located<string>? StageName);

/// <summary>
/// FROM's words as BuildKit's parser reads them before its instruction layer judges them: the image, and, when the
/// second word is <c>AS</c> (any case), the keyword and the word after it; <see cref="ExtraWords"/> counts the
/// words beyond those.
/// </summary>
internal sealed record FromShape(Located<string> Image, Located<string>? AsKeyword, Located<string>? StageName, int ExtraWords);

/// <summary>
/// <c>FROM [--platform=…] image [AS name]</c>: the image is any blank-delimited word (variables allowed), <c>AS</c>
/// matches in any case, and the stage name, lower-cased, must match <c>^[a-z][a-z0-9-_.]*$</c>.
/// </summary>
internal static class FromGrammar
{
    /// <summary>The image word.</summary>
    public static readonly Parser<char, Located<string>> Image = BlankWord.Labelled("an image reference");

    private static readonly Parser<char, Located<string>> AsKeyword =
        BlankWordWhere(w => w.Equals("as", StringComparison.OrdinalIgnoreCase), "AS");

    private static readonly Parser<char, Located<string>> StageName =
        BlankWordWhere(IsValidStageName, "a stage name");

    private static readonly Parser<char, (Located<string> As, Located<string> Name)> AsClause = Map(
        (keyword, name) => (keyword, name),
        Blanks.Then(AsKeyword),
        Blanks.Then(StageName).Labelled("a stage name"));

    /// <summary>The whole argument list.</summary>
    public static readonly Parser<char, FromArguments> Arguments = Map(
        (image, clause) => clause.HasValue
            ? new FromArguments(image, clause.Value.As, clause.Value.Name)
            : new FromArguments(image, null, null),
        Image,
        AsClause.Optional()).Before(EndOfArguments);

    private static readonly Parser<char, Located<string>> NextWord = Blanks.Then(BlankWord);

    private static readonly Parser<char, FromShape> AsTail = Map(
        (keyword, name, extra) => new FromShape(default, keyword, name.HasValue ? name.Value : null, extra.Count()),
        AsKeyword, NextWord.Optional(), NextWord.Many());

    private static readonly Parser<char, FromShape> OtherTail =
        BlankWord.Then(NextWord.Many(), (_, more) => new FromShape(default, null, null, more.Count() + 1));

    /// <summary>
    /// Any non-empty FROM argument list, shaped for the tree even when <see cref="Arguments"/> refuses it
    /// (BuildKit names the stage of <c>FROM a AS 1st</c> before refusing the name).
    /// </summary>
    public static readonly Parser<char, FromShape> Shape = Map(
            (image, tail) => tail.HasValue ? tail.Value with { Image = image } : new FromShape(image, null, null, 0),
            Image,
            Blanks.Then(AsTail.Or(OtherTail)).Optional())
        .Before(EndOfArguments);

    /// <summary>BuildKit's <c>validStageName</c> on the lower-cased name.</summary>
    public static bool IsValidStageName(string name)
    {
        if (name.Length == 0 || char.ToLowerInvariant(name[0]) is < 'a' or > 'z') return false;
        foreach (char c in name)
        {
            char l = char.ToLowerInvariant(c);
            if (l is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.')) return false;
        }
        return true;
    }
}
