using System.Text;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Matching;

namespace Dockerfile.Linter.Context;

/// <summary>
/// One .dockerignore pattern translated the way moby's <c>patternmatcher</c> does it: literal patterns compare as
/// strings, <c>foo/**</c> as a prefix, <c>**/foo</c> as a suffix, everything else as an anchored regex
/// (<c>*</c> → <c>[^/]*</c>, <c>?</c> → <c>[^/]</c>, <c>**/</c> → <c>(.*/)?</c>, classes passed through).
/// Microsoft.Extensions.FileSystemGlobbing cannot stand in here: it has no <c>?</c>, no <c>[...]</c> classes, no
/// <c>\</c> escapes, no <c>!</c> re-inclusion and none of these Docker-specific quirks (e.g. <c>**foo</c> matching
/// <c>barfoo</c>), so the exact semantics are reproduced here. Patterns made of literals, <c>*</c>, <c>?</c>, <c>**</c>
/// and plain bracket classes (nearly all) run on a <see cref="GlobAutomaton"/>: compiled in microseconds, matched
/// without allocation. The rare pattern whose regex translation has RE2 quirks (a <c>*</c> inside a class, <c>\d</c>,
/// POSIX classes) keeps the NonBacktracking regex of that translation: slower to build, but exact and still linear.
/// </summary>
internal sealed class CompiledIgnorePattern
{
    private enum Kind { Exact, Prefix, Suffix, Regex }

    private readonly Kind _kind;
    private readonly string _pattern;
    private readonly Regex? _regex;
    private readonly GlobAutomaton? _automaton;

    private CompiledIgnorePattern(Kind kind, string pattern, Regex? regex, GlobAutomaton? automaton = null)
    {
        _kind = kind;
        _pattern = pattern;
        _regex = regex;
        _automaton = automaton;
    }

    /// <summary>Compiles <paramref name="pattern"/>; on failure returns null and says why.</summary>
    public static CompiledIgnorePattern? TryCompile(string pattern, out string? error) =>
        TryCompile(pattern, out error, allowAutomaton: true);

    /// <summary>As <see cref="TryCompile(string, out string?)"/>; tests compare the automaton with the regex (<paramref name="allowAutomaton"/> false).</summary>
    internal static CompiledIgnorePattern? TryCompile(string pattern, out string? error, bool allowAutomaton)
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
        if (allowAutomaton && ToAutomaton(pattern) is { } automaton) return new CompiledIgnorePattern(kind, pattern, null, automaton);

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
        _ => _automaton?.IsMatch(path) ?? _regex!.IsMatch(path),
    };

    /// <summary>
    /// The automaton for what the regex translation above means, or null when the pattern has a construct whose RE2
    /// reading is not a plain glob (then the regex is used). Steps: <c>*</c> → <c>[^/]*</c>, <c>?</c> → <c>[^/]</c>,
    /// a final <c>**</c> → <c>.*</c>, an inner <c>**</c> or <c>**/</c> → <c>(.*/)?</c>, <c>\x</c> (x punctuation) and
    /// other characters → literal, <c>[…]</c> with characters, ranges and a leading <c>^</c> → a class.
    /// </summary>
    private static GlobAutomaton? ToAutomaton(string pattern)
    {
        var steps = new List<GlobStep>(pattern.Length);
        for (var position = 0; position < pattern.Length;)
        {
            var ch = pattern[position++];
            switch (ch)
            {
                case '*' when position < pattern.Length && pattern[position] == '*':
                    position++;
                    if (position < pattern.Length && pattern[position] == '/') position++;
                    if (position == pattern.Length) steps.Add(GlobStep.AnyBut('\n', repeat: true));
                    else
                    {
                        steps.Add(GlobStep.Optional(skipTo: steps.Count + 3));
                        steps.Add(GlobStep.AnyBut('\n', repeat: true));
                        steps.Add(GlobStep.Literal('/'));
                    }
                    break;
                case '*':
                    steps.Add(GlobStep.AnyBut('/', repeat: true));
                    break;
                case '?':
                    steps.Add(GlobStep.AnyBut('/'));
                    break;
                case '\\' when position < pattern.Length && PerlClass(pattern[position]) is { } perl:
                    // RE2 reads \d \s \w (and \D \S \W) as ASCII classes, whatever filepath.Match thought.
                    position++;
                    steps.Add(GlobStep.InClass(perl));
                    break;
                case '\\':
                    if (position >= pattern.Length || !IsLiteralEscape(pattern[position])) return null;
                    steps.Add(GlobStep.Literal(pattern[position++]));
                    break;
                case '[':
                    if (ReadClass(pattern, ref position) is not { } set) return null;
                    steps.Add(GlobStep.InClass(set));
                    break;
                case ']' or '^':
                    return null;
                default:
                    steps.Add(GlobStep.Literal(ch));
                    break;
            }
        }
        return new GlobAutomaton(steps);
    }

    // A class GoGlob.Validate accepted, read as RE2 reads the translated text; null for anything but plain
    // characters, punctuation escapes and ascending ranges.
    private static CharClass? ReadClass(string pattern, ref int position)
    {
        var negated = position < pattern.Length && pattern[position] == '^';
        if (negated) position++;
        var ranges = new List<(char Low, char High)>();
        while (position < pattern.Length && pattern[position] != ']')
        {
            if (ReadClassChar(pattern, ref position) is not { } low) return null;
            var high = low;
            if (position + 1 < pattern.Length && pattern[position] == '-' && pattern[position + 1] != ']')
            {
                position++;
                if (ReadClassChar(pattern, ref position) is not { } h || h < low) return null;
                high = h;
            }
            ranges.Add((low, high));
        }
        if (position >= pattern.Length || ranges.Count == 0) return null;
        position++;
        return new CharClass(ranges, negated);
    }

    private static readonly (char Low, char High)[] Digits = [('0', '9')];
    private static readonly (char Low, char High)[] Spaces = [('\t', '\n'), ('\f', '\r'), (' ', ' ')];
    private static readonly (char Low, char High)[] WordChars = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];

    private static CharClass? PerlClass(char c) => c switch
    {
        'd' => new CharClass(Digits, negated: false),
        'D' => new CharClass(Digits, negated: true),
        's' => new CharClass(Spaces, negated: false),
        'S' => new CharClass(Spaces, negated: true),
        'w' => new CharClass(WordChars, negated: false),
        'W' => new CharClass(WordChars, negated: true),
        _ => null,
    };

    // RE2 reads a backslash before ASCII punctuation as that character; before a letter or digit it is a class,
    // an anchor or an error, and before anything else an error.
    private static bool IsLiteralEscape(char c) => c < 128 && !char.IsAsciiLetterOrDigit(c);

    private static char? ReadClassChar(string pattern, ref int position)
    {
        var ch = pattern[position++];
        switch (ch)
        {
            case '*' or '?' or '-':
                return null;
            case '[' when position < pattern.Length && pattern[position] is ':' or '.' or '=':
                return null;
            case '\\':
                if (position >= pattern.Length || !IsLiteralEscape(pattern[position])) return null;
                return pattern[position++];
            default:
                return ch;
        }
    }

    private bool MatchesSuffix(string path)
    {
        var suffix = _pattern[2..];
        if (path.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return suffix[0] == '/' && path == suffix[1..];
    }
}
