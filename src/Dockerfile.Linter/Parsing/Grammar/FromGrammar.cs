using Pidgin;
using static Pidgin.Parser;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>FROM's arguments as BuildKit accepts them: <c>image</c> or <c>image AS name</c>.</summary>
internal sealed record FromArguments(Located<string> Image, Located<string>? AsKeyword, Located<string>? StageName);

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
