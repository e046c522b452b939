using System.Globalization;
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

    // The few patterns left to the regex engine cost milliseconds each to build: the same one (a .dockerignore
    // repeated in many contexts, or repeated lines) is built once.
    private const int MaxCachedRegexes = 1_024;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> RegexCache = new(StringComparer.Ordinal);

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
            var source = "^" + Re2ToDotNet.Convert(body.ToString()) + "\\z";
            if (!RegexCache.TryGetValue(source, out var regex))
            {
                regex = new Regex(source, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
                if (RegexCache.Count < MaxCachedRegexes) RegexCache.TryAdd(source, regex);
            }
            return new CompiledIgnorePattern(kind, pattern, regex);
        }
        catch (ArgumentException ex)
        {
            error = "invalid pattern: " + ex.Message;
            return null;
        }
    }

    /// <summary>True when the pattern runs on the regex engine (costly to build) rather than a string test or the automaton.</summary>
    internal bool UsesRegex => _regex is not null;

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
                case '\\' when position < pattern.Length && pattern[position] is 'b' or 'B' or 'A' or 'z':
                    // Empty-width assertions: word boundary, not a boundary, start and end of the path.
                    steps.Add(GlobStep.Assert(pattern[position++]));
                    break;
                case '\\' when position + 1 < pattern.Length && pattern[position] is 'p' or 'P'
                                && UnicodeCategories(pattern[position + 1]) is { } categories:
                    // \pL, \PN…: one-letter Unicode general categories (the translation escapes '{', so \p{…} never compiles).
                    steps.Add(GlobStep.InClass(new CharClass([], negated: pattern[position] == 'P', categories)));
                    position += 2;
                    break;
                case '\\':
                    if (position >= pattern.Length || !IsLiteralEscape(pattern[position])) return null;
                    steps.Add(GlobStep.Literal(pattern[position++]));
                    break;
                case '[':
                    if (ReadClass(pattern, ref position) is not { } set) return null;
                    steps.Add(GlobStep.InClass(set));
                    break;
                case '^':
                    // Outside a class RE2 reads '^' as the start of the text.
                    steps.Add(GlobStep.Assert('A'));
                    break;
                case ']':
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
            if (pattern[position] == '[' && position + 1 < pattern.Length && pattern[position + 1] == ':')
            {
                if (ReadPosixClass(pattern, ref position) is not { } posix) return null;
                ranges.AddRange(posix);
                continue;
            }
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

    private static readonly Dictionary<string, (char Low, char High)[]> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = [('0', '9'), ('A', 'Z'), ('a', 'z')], ["alpha"] = [('A', 'Z'), ('a', 'z')],
        ["ascii"] = [('\0', '\x7F')], ["blank"] = [('\t', '\t'), (' ', ' ')],
        ["cntrl"] = [('\0', '\x1F'), ('\x7F', '\x7F')], ["digit"] = [('0', '9')], ["graph"] = [('!', '~')],
        ["lower"] = [('a', 'z')], ["print"] = [(' ', '~')],
        ["punct"] = [('!', '/'), (':', '@'), ('[', '`'), ('{', '~')], ["space"] = [('\t', '\r'), (' ', ' ')],
        ["upper"] = [('A', 'Z')], ["word"] = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')],
        ["xdigit"] = [('0', '9'), ('A', 'F'), ('a', 'f')],
    };

    // RE2's POSIX class inside brackets, "[:name:]" or negated "[:^name:]", as ranges; null for a name RE2 rejects.
    private static IEnumerable<(char Low, char High)>? ReadPosixClass(string pattern, ref int position)
    {
        int end = pattern.IndexOf(":]", position + 2, StringComparison.Ordinal);
        if (end < 0) return null;
        var name = pattern[(position + 2)..end];
        bool negated = name.StartsWith('^');
        if (negated) name = name[1..];
        if (!PosixClasses.TryGetValue(name, out var ranges)) return null;
        position = end + 2;
        return negated ? Complement(ranges) : ranges;
    }

    /// <summary>The ranges of a POSIX class name (<c>alpha</c>), or null for a name RE2 does not know.</summary>
    internal static (char Low, char High)[]? PosixRanges(string name) => PosixClasses.GetValueOrDefault(name);

    /// <summary>The ranges of every char not in the sorted, disjoint ranges given.</summary>
    internal static List<(char Low, char High)> Complement((char Low, char High)[] ranges)
    {
        var result = new List<(char Low, char High)>();
        int next = 0;
        foreach (var (low, high) in ranges)
        {
            if (low > next) result.Add(((char)next, (char)(low - 1)));
            next = high + 1;
        }
        if (next <= char.MaxValue) result.Add(((char)next, char.MaxValue));
        return result;
    }

    // The one-letter Unicode general category names RE2 accepts after \p, as a category mask.
    private static long? UnicodeCategories(char name)
    {
        static long Of(params UnicodeCategory[] categories) => categories.Aggregate(0L, (mask, c) => mask | CharClass.CategoryBit(c));
        return name switch
        {
            'L' => Of(UnicodeCategory.UppercaseLetter, UnicodeCategory.LowercaseLetter, UnicodeCategory.TitlecaseLetter,
                      UnicodeCategory.ModifierLetter, UnicodeCategory.OtherLetter),
            'M' => Of(UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark),
            'N' => Of(UnicodeCategory.DecimalDigitNumber, UnicodeCategory.LetterNumber, UnicodeCategory.OtherNumber),
            'P' => Of(UnicodeCategory.ConnectorPunctuation, UnicodeCategory.DashPunctuation, UnicodeCategory.OpenPunctuation,
                      UnicodeCategory.ClosePunctuation, UnicodeCategory.InitialQuotePunctuation,
                      UnicodeCategory.FinalQuotePunctuation, UnicodeCategory.OtherPunctuation),
            'S' => Of(UnicodeCategory.MathSymbol, UnicodeCategory.CurrencySymbol, UnicodeCategory.ModifierSymbol, UnicodeCategory.OtherSymbol),
            'Z' => Of(UnicodeCategory.SpaceSeparator, UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator),
            'C' => Of(UnicodeCategory.Control, UnicodeCategory.Format, UnicodeCategory.Surrogate, UnicodeCategory.PrivateUse),
            _ => null,
        };
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
