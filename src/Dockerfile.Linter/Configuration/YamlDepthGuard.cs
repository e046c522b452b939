using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dockerfile.Linter.Configuration;

/// <summary>
/// Checks the nesting of a YAML text with YamlDotNet's event parser (an explicit state stack, no recursion) before
/// the recursive document loader sees it, so a file of thousands of nested <c>[</c> is an error, not a stack overflow.
/// </summary>
internal static class YamlDepthGuard
{
    /// <summary>The deepest nesting of sequences and mappings accepted; a configuration needs four levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>The event where the text goes deeper than <see cref="MaxDepth"/>, or null. Throws <see cref="YamlException"/> on invalid YAML.</summary>
    public static Mark? FindTooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case SequenceStart or MappingStart:
                    if (++depth > MaxDepth) return parser.Current!.Start;
                    break;
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }
}
