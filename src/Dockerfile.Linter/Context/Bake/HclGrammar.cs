using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Context.Bake;

/// <summary>
/// The subset of HCL (HashiCorp Configuration Language, native syntax) that <c>docker-bake.hcl</c> files use: blocks
/// with labels (<c>target "api" { … }</c>, <c>group</c>, <c>variable</c>, <c>function</c>), attributes whose values
/// are strings (with <c>${…}</c> templates kept as text), heredocs, numbers, booleans, <c>null</c>, tuples and
/// objects, and the three comment forms. Any other expression (a variable, a call, a conditional) is kept as
/// <see cref="HclOpaque"/> text up to the end of its value, so one unusual attribute does not lose the file.
/// </summary>
internal static class HclGrammar
{
    /// <summary>Larger files are not parsed (bake files are a few kilobytes).</summary>
    public const int MaxLength = 1 << 20;

    /// <summary>Deeper bracket nesting is refused before parsing, which bounds the parser's recursion.</summary>
    public const int MaxNesting = 64;

    private static readonly Parser<char, Unit> InlineSpace = Token(c => c is ' ' or '\t' or '\r').SkipAtLeastOnce();

    private static readonly Parser<char, Unit> BlockComment =
        Try(String("/*")).Then(Any.SkipUntil(Try(String("*/"))));

    private static readonly Parser<char, Unit> LineComment =
        OneOf(Try(String("//")), String("#")).Then(Token(c => c != '\n').SkipMany());

    /// <summary>Spaces and comments that stay on one line.</summary>
    private static readonly Parser<char, Unit> InlineTrivia = OneOf(InlineSpace, BlockComment).SkipMany();

    /// <summary>Any whitespace (line breaks too) and comments.</summary>
    private static readonly Parser<char, Unit> Trivia =
        OneOf(Token(char.IsWhiteSpace).SkipAtLeastOnce(), BlockComment, LineComment).SkipMany();

    private static readonly Parser<char, string> Identifier =
        Map((first, rest) => first + rest,
            Token(c => char.IsLetter(c) || c == '_'),
            Token(c => char.IsLetterOrDigit(c) || c is '_' or '-').ManyString());

    private static readonly Parser<char, string> Escape = Char('\\').Then(Any).Select(c => c switch
    {
        'n' => "\n",
        'r' => "\r",
        't' => "\t",
        _ => c.ToString(),
    });

    /// <summary>The text inside <c>${ }</c> or <c>%{ }</c>: balanced braces, quoted strings kept whole.</summary>
    private static readonly Parser<char, string> TemplateBody = Rec(() => OneOf(
        QuotedRaw!,
        Char('{').Then(TemplateBody!).Before(Char('}')).Select(inner => "{" + inner + "}"),
        Token(c => c is not ('{' or '}' or '"')).Select(c => c.ToString())).Many().Select(string.Concat));

    private static readonly Parser<char, string> Template =
        Map((start, body) => start + body + "}", Try(String("${")).Or(Try(String("%{"))), TemplateBody.Before(Char('}')));

    private static readonly Parser<char, string> StringPart = OneOf(
        Escape,
        Template,
        Token(c => c is not ('"' or '\\' or '\n')).Select(c => c.ToString()));

    /// <summary>A quoted string, decoded.</summary>
    private static readonly Parser<char, string> Quoted =
        Char('"').Then(StringPart.Many().Select(string.Concat)).Before(Char('"'));

    /// <summary>A quoted string as written (quotes included), for opaque text.</summary>
    private static readonly Parser<char, string> QuotedRaw =
        Char('"').Then(OneOf(
                Char('\\').Then(Any, (b, c) => "\\" + c),
                Template,
                Token(c => c is not ('"' or '\\' or '\n')).Select(c => c.ToString())).Many().Select(string.Concat))
            .Before(Char('"')).Select(s => "\"" + s + "\"");

    private static readonly Parser<char, string> Heredoc =
        Map((dash, marker) => (Indented: dash.HasValue, Marker: marker),
                Try(String("<<")).Then(Char('-').Optional()),
                Identifier.Before(InlineTrivia).Before(Char('\n')))
            .Bind(h => Token(c => c != '\n').ManyString().Before(Char('\n'))
                .Until(Try(Token(c => c is ' ' or '\t').SkipMany().Then(String(h.Marker)).Then(InlineTrivia)
                    .Then(Lookahead(Char('\n').IgnoreResult().Or(End)))))
                .Select(lines => HeredocText(lines, h.Indented)));

    private static readonly Parser<char, HclExpression> Number =
        Map((sign, whole, fraction, exponent) => (HclExpression)new HclNumber(
                (sign.HasValue ? "-" : "") + whole + (fraction.HasValue ? "." + fraction.Value : "") + exponent.GetValueOrDefault("")),
            Char('-').Optional(),
            Digit.AtLeastOnceString(),
            Try(Char('.').Then(Digit.AtLeastOnceString())).Optional(),
            Try(Map((e, s, d) => e + s + d, OneOf('e', 'E').Select(c => c.ToString()),
                OneOf('+', '-').Select(c => c.ToString()).Or(Return("")), Digit.AtLeastOnceString())).Optional());

    private static readonly Parser<char, HclExpression> Keyword = Identifier.Bind(word => word switch
    {
        "true" => Return<HclExpression>(new HclBool(true)),
        "false" => Return<HclExpression>(new HclBool(false)),
        "null" => Return<HclExpression>(new HclNull()),
        _ => Fail<HclExpression>("a literal"),
    });

    /// <summary>Balanced text inside brackets, for opaque expressions.</summary>
    private static readonly Parser<char, string> Group = Rec(() => OneOf(
        Bracketed('(', ')'), Bracketed('[', ']'), Bracketed('{', '}')));

    private static Parser<char, string> Bracketed(char open, char close) =>
        Char(open).Then(OneOf(
                QuotedRaw,
                Group,
                Token(c => c is not ('(' or ')' or '[' or ']' or '{' or '}' or '"')).Select(c => c.ToString()))
            .Many().Select(string.Concat))
        .Before(Char(close))
        .Select(inner => open + inner + close);

    /// <summary>An expression outside the subset: text up to one of <paramref name="stops"/> outside brackets and strings.</summary>
    private static Parser<char, HclExpression> Opaque(string stops) =>
        OneOf(QuotedRaw, Group, Token(c => stops.IndexOf(c) < 0 && c is not ('(' or ')' or '[' or ']' or '{' or '}' or '"')).Select(c => c.ToString()))
            .AtLeastOnce()
            .Select(parts => (HclExpression)new HclOpaque(string.Concat(parts).Trim()));

    private static readonly Parser<char, HclExpression> Literal = Rec(() => OneOf(
        Quoted.Select(s => (HclExpression)new HclString(s)),
        Heredoc.Select(s => (HclExpression)new HclString(s)),
        Try(Number),
        List!,
        Object!,
        Try(Keyword)));

    /// <summary>A value: a literal when it ends where the value must end, otherwise opaque text.</summary>
    private static Parser<char, HclExpression> Value(Parser<char, Unit> trailing, Parser<char, Unit> end, string opaqueStops) =>
        Try(Literal.Before(trailing).Before(Lookahead(end))).Or(Opaque(opaqueStops).Before(trailing));

    private static readonly Parser<char, Unit> LineEnd =
        OneOf(Char('\n').IgnoreResult(), Char('}').IgnoreResult(), Char('#').IgnoreResult(), Try(String("//")).IgnoreResult(), End);

    private static readonly Parser<char, HclExpression> ListItem =
        Value(Trivia, OneOf(Char(','), Char(']')).IgnoreResult(), ",]");

    private static readonly Parser<char, HclExpression> List =
        Char('[').Then(Trivia)
            .Then(ListItem.Before(Char(',').Then(Trivia).Optional()).Many())
            .Before(Char(']'))
            .Select(items => (HclExpression)new HclList([.. items]));

    private static readonly Parser<char, HclExpression> ObjectValue =
        Value(InlineTrivia, OneOf(Char(',').IgnoreResult(), LineEnd), ",}\n#");

    private static readonly Parser<char, string> ObjectKey =
        OneOf(Quoted, Identifier, Bracketed('(', ')').Select(k => k[1..^1].Trim()));

    private static readonly Parser<char, KeyValuePair<string, HclExpression>> ObjectItem =
        Map((key, value) => new KeyValuePair<string, HclExpression>(key, value),
            ObjectKey.Before(InlineTrivia).Before(OneOf(Char('='), Char(':'))).Before(InlineTrivia),
            ObjectValue);

    private static readonly Parser<char, HclExpression> Object =
        Char('{').Then(Trivia)
            .Then(ObjectItem.Before(InlineTrivia).Before(Char(',').Optional()).Before(Trivia).Many())
            .Before(Char('}'))
            .Select(items => (HclExpression)new HclObject([.. items]));

    private static readonly Parser<char, HclExpression> AttributeValue = Value(InlineTrivia, LineEnd, "}\n#");

    private abstract record Item;
    private sealed record AttributeItem(HclAttribute Attribute) : Item;
    private sealed record BlockItem(HclBlock Block) : Item;

    private static readonly Parser<char, HclBody> Body = Rec(() =>
        Trivia.Then(BodyItem!.Before(Trivia).Many()).Select(ToBody));

    private static readonly Parser<char, Item> BodyItem =
        Identifier.Before(InlineTrivia).Bind(name => OneOf(
            Char('=').Then(InlineTrivia).Then(AttributeValue)
                .Select(value => (Item)new AttributeItem(new HclAttribute(name, value))),
            OneOf(Quoted, Identifier).Before(InlineTrivia).Many()
                .Then(Char('{').Then(Body).Before(Char('}')), (labels, body) => (Item)new BlockItem(new HclBlock(name, [.. labels], body)))));

    private static readonly Parser<char, HclBody> File = Body.Before(End);

    /// <summary>Parses <paramref name="text"/>; never throws. Too large or too deeply nested text is refused.</summary>
    public static HclParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength) return new HclParseResult(null, $"larger than {MaxLength} characters");
        if (Nesting(text) > MaxNesting) return new HclParseResult(null, $"brackets nested deeper than {MaxNesting}");
        var result = File.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return result.Success
            ? new HclParseResult(result.Value, null)
            : new HclParseResult(null, result.Error?.ToString() ?? "invalid HCL");
    }

    // Counts every bracket, also in strings and comments: an over-estimate, which only makes the limit stricter.
    private static int Nesting(string text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            if (c is '{' or '[' or '(') max = Math.Max(max, ++depth);
            else if (c is '}' or ']' or ')') depth = Math.Max(0, depth - 1);
        }
        return max;
    }

    private static HclBody ToBody(IEnumerable<Item> items)
    {
        var attributes = ImmutableArray.CreateBuilder<HclAttribute>();
        var blocks = ImmutableArray.CreateBuilder<HclBlock>();
        foreach (var item in items)
        {
            if (item is AttributeItem a) attributes.Add(a.Attribute);
            else if (item is BlockItem b) blocks.Add(b.Block);
        }
        return new HclBody(attributes.ToImmutable(), blocks.ToImmutable());
    }

    private static string HeredocText(IEnumerable<string> lines, bool indented)
    {
        var list = lines.Select(l => l.TrimEnd('\r')).ToList();
        if (indented)
        {
            var indent = list.Where(l => l.Trim().Length > 0)
                .Select(l => l.Length - l.TrimStart(' ', '\t').Length)
                .DefaultIfEmpty(0).Min();
            list = list.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' ', '\t')).ToList();
        }
        var sb = new StringBuilder();
        foreach (var line in list) sb.Append(line).Append('\n');
        return sb.ToString();
    }
}
