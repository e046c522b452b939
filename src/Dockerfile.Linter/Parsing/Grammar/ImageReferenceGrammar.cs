using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.QuietCombinators;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>The parts of an image reference, located in its text; a missing part is null.</summary>
internal sealed record ImageReferenceParts(
    Located<string>? Domain, Located<string> Path, Located<string>? Tag, Located<string>? Digest);

/// <summary>
/// Image references as the distribution reference grammar reads them (<c>ParseNormalizedNamed</c>):
/// <code>
/// reference := [domain "/"] path [":" tag] ["@" digest]
/// domain    := host [":" port]        host := domain-component ("." domain-component)* | "[" ipv6 "]"
/// path      := path-component ("/" path-component)*
/// path-component := [a-z0-9]+ (("." | "_" | "__" | "-"+) [a-z0-9]+)*
/// tag       := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
/// digest    := algorithm ":" [0-9a-fA-F]{32,}   algorithm := [A-Za-z][A-Za-z0-9]* ([-_+.] [A-Za-z][A-Za-z0-9]*)*
/// </code>
/// The text before the first <c>/</c> is the domain only when it holds a <c>.</c> or <c>:</c>, is
/// <c>localhost</c>, or has upper-case letters (<c>splitDockerDomain</c>); otherwise the whole name is the path
/// (Docker Hub). <see cref="Shape"/> cuts any text into these parts (variables and invalid characters included);
/// <see cref="Check"/> then holds each part to its grammar and says what it expected where.
/// </summary>
internal static class ImageReferenceGrammar
{
    /// <summary>A name longer than this is refused (<c>NameTotalLengthMax</c>).</summary>
    public const int MaxNameLength = 255;

    private const int MaxTagLength = 128;

    private static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    private const string LowerAlphanumerics = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static bool IsWordChar(char c) => IsAsciiAlnum(c) || c == '_';

    // splitDockerDomain: the first component names a registry when it cannot be a Docker Hub namespace.
    private static bool IsDockerDomain(string first) =>
        first.Contains('.') || first.Contains(':') || first == "localhost" || first.Any(char.IsAsciiLetterUpper);

    // SeparatedAtLeastOnce without collecting the items: item (separator item)*. A separator or an optional part
    // that is absent fails where the loop or option then succeeds, so what it expected is never described: such
    // characters are matched quietly (GrammarParts.Quiet) and the loop's last attempt costs no expected list
    // (QuietCombinators).
    private static Parser<char, Unit> SkippedSeparated<TSeparator>(Parser<char, Unit> item, Parser<char, TSeparator> separator) =>
        item.Then(separator.Then(item).SkipManyQuietly());

    private static readonly Parser<char, Located<string>> DomainShape =
        Try(CharRun.Until("/", minimum: 1).Spanned().Before(GrammarParts.Quiet('/')).Assert(d => IsDockerDomain(d.Value)));

    /// <summary>
    /// Cuts a reference into domain, path, tag and digest without judging the characters: the path runs to the
    /// first <c>:</c> or <c>@</c>, the tag to the <c>@</c>, the digest to the end. Succeeds on any text (so its parts
    /// fail quietly).
    /// </summary>
    public static readonly Parser<char, ImageReferenceParts> Shape = Map(
            (domain, path, tag, digest) => new ImageReferenceParts(
                domain.HasValue ? domain.Value : null, path,
                tag.HasValue ? tag.Value : null, digest.HasValue ? digest.Value : null),
            DomainShape.Optional(),
            CharRun.Until(":@").Spanned(),
            GrammarParts.Quiet(':').Then(CharRun.Until("@").Spanned()).Optional(),
            GrammarParts.Quiet('@').Then(CharRun.ToEnd().Spanned()).Optional())
        .Before(End);

    private static readonly Parser<char, Unit> DomainComponent =
        SkippedSeparated(CharRun.SkipWhile(CharRun.AsciiAlphanumerics, minimum: 1), CharRun.SkipWhile("-", minimum: 1))
            .Labelled("a host name (letters, digits and inner '-')");

    private static readonly Parser<char, Unit> Ipv6 =
        Char('[').Then(CharRun.SkipWhile(CharRun.HexDigits + ":", minimum: 1).Labelled("an IPv6 address"))
            .Then(Char(']').Labelled("']'")).IgnoreResult();

    /// <summary>A registry host with an optional port: <c>ghcr.io</c>, <c>localhost:5000</c>, <c>[::1]:5000</c>.</summary>
    public static readonly Parser<char, Unit> Domain =
        Ipv6.Or(SkippedSeparated(DomainComponent, GrammarParts.Quiet('.')))
            .Then(GrammarParts.Quiet(':').Then(CharRun.SkipWhile(CharRun.Digits, minimum: 1).Labelled("a port number")).Optional())
            .Then(End.Labelled("a letter, digit, '-', '.' or ':' and a port in the registry host"));

    private static readonly Parser<char, Unit> PathSeparator = QuietOneOf(
        GrammarParts.Quiet('.').IgnoreResult(),
        GrammarParts.Quiet('_').Then(GrammarParts.Quiet('_').Optional()).IgnoreResult(),
        CharRun.SkipWhile("-", minimum: 1));

    private static readonly Parser<char, Unit> PathComponent =
        SkippedSeparated(CharRun.SkipWhile(LowerAlphanumerics, minimum: 1).Labelled("a lower-case letter or digit"), PathSeparator);

    /// <summary>The repository path: <c>library/ubuntu</c>, <c>org/team/app</c>.</summary>
    public static readonly Parser<char, Unit> Path =
        SkippedSeparated(PathComponent, GrammarParts.Quiet('/'))
            .Then(End.Labelled("a lower-case letter, digit, '.', '_', '-' or '/' in the repository path"));

    /// <summary>A tag: a word character, then up to 127 word characters, dots and dashes.</summary>
    public static readonly Parser<char, Unit> Tag =
        Token(IsWordChar).Labelled("a tag (letters, digits, '_', then also '.' and '-')")
            .Then(CharRun.SkipWhile(CharRun.AsciiAlphanumerics + "_.-"))
            .Then(CurrentOffset.Assert(length => length <= MaxTagLength).Labelled("a tag of at most 128 characters"))
            .Then(End.Labelled("'@' and a digest"));

    private static readonly Parser<char, Unit> AlgorithmComponent =
        Token(char.IsAsciiLetter).Then(CharRun.SkipWhile(CharRun.AsciiAlphanumerics)).Labelled("a digest algorithm (sha256)");

    /// <summary>A digest: <c>sha256:</c> and at least 32 hexadecimal digits.</summary>
    public static readonly Parser<char, Unit> Digest =
        SkippedSeparated(AlgorithmComponent, Token(c => c is '-' or '_' or '+' or '.'))
            .Then(Char(':').Labelled("':' after the digest algorithm"))
            .Then(CharRun.While(CharRun.HexDigits, minimum: 1).Assert(hex => hex.Length >= 32)
                .Labelled("at least 32 hexadecimal digits"))
            .Then(End.Labelled("the end of the reference"));

    /// <summary>Reads <paramref name="text"/> into its parts (always).</summary>
    public static ImageReferenceParts Read(string text) => GrammarParts.Shape(Shape, text);

    /// <summary>
    /// Holds every part of <paramref name="parts"/> (read from <paramref name="text"/>) to its grammar; returns the
    /// first failure (offset into <paramref name="text"/>) or null when the reference is valid.
    /// </summary>
    public static GrammarFailure? Check(string text, ImageReferenceParts parts)
    {
        if (text.Length == 0) return new GrammarFailure(0, "an image reference");
        if (text.Length == 64 && text.All(c => c is >= 'a' and <= 'f' or >= '0' and <= '9'))
            return new GrammarFailure(0, "a repository name, not a 64-character hexadecimal identifier");
        if (parts.Domain is { } domain && Fails(Domain, text, domain, out var failure)) return failure;
        if (Fails(Path, text, parts.Path, out failure)) return failure;
        if (parts.Tag is { } tag && Fails(Tag, text, tag, out failure)) return failure;
        if (parts.Digest is { } digest && Fails(Digest, text, digest, out failure)) return failure;
        int nameLength = parts.Path.End - (parts.Domain?.Start ?? parts.Path.Start);
        if (nameLength > MaxNameLength) return new GrammarFailure(MaxNameLength, $"a name of at most {MaxNameLength} characters");
        return null;
    }

    /// <summary>True when <paramref name="text"/> is a reference the builder accepts.</summary>
    public static bool IsValid(string text) => Check(text, Read(text)) is null;

    private static bool Fails(Parser<char, Unit> grammar, string text, Located<string> part, out GrammarFailure? failure)
    {
        bool ok = GrammarParts.TryParse(grammar, text, part.Start, part.End, out _, out var f);
        failure = ok ? null : f;
        return !ok;
    }
}
