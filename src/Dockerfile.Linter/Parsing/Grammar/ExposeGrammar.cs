using System.Collections.Immutable;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>A port range read by <see cref="ExposeGrammar.PortRange"/>: start and optional end, as digit strings.</summary>
internal readonly record struct PortRangeText(Located<string> Start, Located<string>? End);

/// <summary>
/// A port spec cut as <c>nat.ParsePortSpec</c> cuts it: the container part is the last <c>:</c>-separated part, the
/// host port the one before it (null when there is none), anything earlier the IP.
/// </summary>
internal readonly record struct PortSpecText(Located<string>? HostPort, Located<string> ContainerPart);

/// <summary>
/// <c>EXPOSE port[-end][/protocol] …</c>, each word <c>[ip:][hostPort:]containerPort[/protocol]</c>: the word is cut
/// at every <c>:</c>, the last part at its first <c>/</c>; a port is 1–5 digits up to 65535.
/// </summary>
internal static class ExposeGrammar
{
    private static readonly Parser<char, Located<string>> Part = CharRun.Until(":").Spanned();

    /// <summary>One word cut at every <c>:</c> (<c>splitParts</c>); always succeeds.</summary>
    public static readonly Parser<char, IEnumerable<Located<string>>> Parts = Part.SeparatedAtLeastOnce(Char(':'));

    /// <summary>A whole word as a port spec: <c>[ip:][hostPort:]containerPart</c>; always succeeds.</summary>
    public static readonly Parser<char, PortSpecText> Spec = Parts.Select(parts =>
    {
        var list = parts.ToList();
        return new PortSpecText(list.Count >= 2 ? list[^2] : null, list[^1]);
    });

    /// <summary>
    /// A port range as <c>parsePortRange</c> cuts it before judging the numbers: the text up to the first <c>-</c>
    /// and, after it, the rest; always succeeds.
    /// </summary>
    public static readonly Parser<char, (string Start, string? End)> LooseRange = Map(
        (start, end) => (start, end.HasValue ? end.Value : null),
        CharRun.Until("-"),
        Char('-').Then(CharRun.ToEnd()).Optional());

    /// <summary>The container part cut at its first <c>/</c> (<c>SplitProtoPort</c>): port text and protocol.</summary>
    public static readonly Parser<char, (Located<string> Port, Located<string>? Protocol)> ContainerPart = Map(
        (port, protocol) => (port, protocol.HasValue ? protocol.Value : (Located<string>?)null),
        CharRun.Until("/").Spanned(),
        Char('/').Then(CharRun.ToEnd().Spanned()).Optional());

    private static readonly Parser<char, Located<string>> PortNumber =
        CharRun.While(CharRun.Digits, minimum: 1).Spanned();

    /// <summary>A container or host port: <c>port</c> or <c>start-end</c>.</summary>
    public static readonly Parser<char, PortRangeText> PortRange = Map(
            (start, end) => new PortRangeText(start, end.HasValue ? end.Value : null),
            PortNumber.Labelled("a port number or range"),
            Char('-').Then(PortNumber.Labelled("the end of the port range")).Optional())
        .Before(End.Labelled("the end of the port"));

    /// <summary>A port number as Go's <c>strconv.ParseUint(s, 10, 16)</c> reads it, or null.</summary>
    public static int? PortValue(string digits)
    {
        if (digits.Length == 0) return null;
        long value = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9') return null;
            value = value * 10 + (c - '0');
            if (value > 65535) return null;
        }
        return (int)value;
    }

    /// <summary>A number of at most nine digits, as the syntax tree reports it (null otherwise).</summary>
    public static int? LooseNumber(string digits)
    {
        if (digits.Length is 0 or > 9) return null;
        int value = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9') return null;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
