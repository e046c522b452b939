using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Context;

/// <summary>
/// One .dockerignore pattern translated the way moby's <c>patternmatcher</c> does it: literal patterns compare as
/// strings, <c>foo/**</c> as a prefix, <c>**/foo</c> as a suffix, everything else as an anchored regex
/// (<c>*</c> → <c>[^/]*</c>, <c>?</c> → <c>[^/]</c>, <c>**/</c> → <c>(.*/)?</c>, classes passed through).
/// Microsoft.Extensions.FileSystemGlobbing cannot stand in here: it has no <c>?</c>, no <c>[...]</c> classes, no
/// <c>\</c> escapes, no <c>!</c> re-inclusion and none of these Docker-specific quirks (e.g. <c>**foo</c> matching
/// <c>barfoo</c>), so the exact semantics are reproduced with a .NET Regex.
/// </summary>
internal sealed class CompiledIgnorePattern
{
    private enum Kind { Exact, Prefix, Suffix, Regex }

    private readonly Kind _kind;
    private readonly string _pattern;
    private readonly Regex? _regex;

    private CompiledIgnorePattern(Kind kind, string pattern, Regex? regex)
    {
        _kind = kind;
        _pattern = pattern;
        _regex = regex;
    }

    /// <summary>Compiles <paramref name="pattern"/>; on failure returns null and says why.</summary>
    public static CompiledIgnorePattern? TryCompile(string pattern, out string? error)
    {
        error = GoGlob.Validate(pattern);
        if (error is not null) return null;

        var body = new StringBuilder();
        var kind = Kind.Exact;
        var index = 0;
        for (var position = 0; position < pattern.Length; index++)
        {
            var ch = pattern[position++];
            if (ch == '*')
            {
                if (position < pattern.Length && pattern[position] == '*')
                {
                    position++;
                    if (position < pattern.Length && pattern[position] == '/') position++;
                    if (position == pattern.Length)
                    {
                        if (kind == Kind.Exact) kind = Kind.Prefix;
                        else
                        {
                            body.Append(".*");
                            kind = Kind.Regex;
                        }
                    }
                    else
                    {
                        body.Append("(.*/)?");
                        kind = Kind.Regex;
                    }
                    if (index == 0) kind = Kind.Suffix;
                }
                else
                {
                    body.Append("[^/]*");
                    kind = Kind.Regex;
                }
            }
            else if (ch == '?')
            {
                body.Append("[^/]");
                kind = Kind.Regex;
            }
            else if (".+()|{}$".Contains(ch))
            {
                body.Append('\\').Append(ch);
            }
            else if (ch == '\\')
            {
                if (position < pattern.Length)
                {
                    body.Append('\\').Append(pattern[position++]);
                    kind = Kind.Regex;
                }
                else body.Append('\\');
            }
            else if (ch is '[' or ']')
            {
                body.Append(ch);
                kind = Kind.Regex;
            }
            else body.Append(ch);
        }

        if (kind != Kind.Regex) return new CompiledIgnorePattern(kind, pattern, null);

        try
        {
            var regex = new Regex("^" + Re2ToDotNet.Convert(body.ToString()) + "\\z",
                RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            return new CompiledIgnorePattern(kind, pattern, regex);
        }
        catch (ArgumentException ex)
        {
            error = "invalid pattern: " + ex.Message;
            return null;
        }
    }

    /// <summary>Whether the pattern matches the whole '/'-separated path (no parent-directory logic).</summary>
    public bool Matches(string path) => _kind switch
    {
        Kind.Exact => path == _pattern,
        Kind.Prefix => path.StartsWith(_pattern[..^2], StringComparison.Ordinal),
        Kind.Suffix => MatchesSuffix(path),
        _ => _regex!.IsMatch(path),
    };

    private bool MatchesSuffix(string path)
    {
        var suffix = _pattern[2..];
        if (path.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return suffix[0] == '/' && path == suffix[1..];
    }
}
