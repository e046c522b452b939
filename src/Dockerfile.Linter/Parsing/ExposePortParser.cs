using System.Globalization;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Splits an EXPOSE word as <c>[ip:][hostPort:]port[-end][/protocol]</c>.</summary>
internal static class ExposePortParser
{
    /// <summary>Parses one EXPOSE word (never throws).</summary>
    public static ExposePort Parse(Word word)
    {
        string text = word.Text;
        if (text.Contains('$'))
            return new ExposePort { Raw = word, Port = null, EndPort = null, Protocol = null, HasHostPart = false, Span = word.Span };
        string? protocol = null;
        int slash = text.LastIndexOf('/');
        string rest = text;
        if (slash >= 0)
        {
            protocol = text[(slash + 1)..];
            rest = text[..slash];
        }
        int colon = rest.LastIndexOf(':');
        bool hasHost = colon >= 0;
        string ports = colon >= 0 ? rest[(colon + 1)..] : rest;
        int dash = ports.IndexOf('-');
        int? port = ParsePort(dash >= 0 ? ports[..dash] : ports);
        int? endPort = dash >= 0 ? ParsePort(ports[(dash + 1)..]) : null;
        return new ExposePort
        {
            Raw = word, Port = port, EndPort = endPort, Protocol = protocol, HasHostPart = hasHost, Span = word.Span,
        };
    }

    private static int? ParsePort(string s) =>
        s.Length > 0 && s.Length <= 9 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;
}
