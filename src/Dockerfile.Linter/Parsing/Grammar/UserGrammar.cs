using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>USER's one argument: the whole rest, <c>user</c> before the first <c>:</c> and <c>group</c> after it.</summary>
internal sealed record UserArgument(Located<string> Value, Located<string> User, Located<string>? Group);

/// <summary><c>USER user[:group]</c>: the argument is the whole rest of the line (blanks inside kept).</summary>
internal static class UserGrammar
{
    private static readonly Parser<char, Located<string>> UserPart = CharRun.Until(":").Spanned();

    private static readonly Parser<char, Located<string>> GroupPart = Char(':').Then(CharRun.ToEnd().Spanned());

    /// <summary>The argument.</summary>
    public static readonly Parser<char, UserArgument> Argument = Map(
            (value, parts) => new UserArgument(value, parts.User, parts.Group),
            Lookahead(Rest).Labelled("a user name or UID"),
            Map((user, group) => (User: user, Group: group.HasValue ? group.Value : (Located<string>?)null),
                UserPart, GroupPart.Optional()))
        .Before(End);
}

/// <summary>
/// Instructions whose one argument is the whole rest of the line as written (<c>WORKDIR /my dir</c> is one path):
/// WORKDIR, STOPSIGNAL and MAINTAINER.
/// </summary>
internal static class WholeArgumentGrammar
{
    /// <summary>WORKDIR's path.</summary>
    public static readonly Parser<char, Located<string>> WorkdirPath = Rest.Labelled("a path");

    /// <summary>STOPSIGNAL's signal.</summary>
    public static readonly Parser<char, Located<string>> Signal = Rest.Labelled("a signal name or number");

    /// <summary>MAINTAINER's name.</summary>
    public static readonly Parser<char, Located<string>> MaintainerName = Rest.Labelled("a name");
}
