using System.Text;

namespace Dockerfile.Linter.Expansion;

/// <summary>
/// One pass of BuildKit's <c>shell</c> lexer over one word: quote removal, escapes and <c>$</c> expansion,
/// producing both the joined value and the post-expansion word split.
/// </summary>
internal sealed class WordLexer
{
    internal const int Eof = -1;

    /// <summary>The deepest <c>${…}</c> nesting expanded (as the shell parser's depth limit); deeper is an error.</summary>
    internal const int MaxNesting = 64;

    /// <summary>The longest expansion result, in characters; a longer one is an error (see README "Limits").</summary>
    internal const int MaxExpandedLength = 1 << 20;

    private readonly string _text;
    private readonly IVariableLookup _env;
    private readonly char _escape;
    private readonly bool _skipQuotes;
    private readonly int _maxLength;
    private bool _rawEscapes;
    private int _pos;
    private int _depth;

    private readonly List<string> _referenced = [];
    private readonly List<string> _unresolved = [];
    private readonly HashSet<string> _seenReferenced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenUnresolved = new(StringComparer.Ordinal);

    internal WordLexer(string text, IVariableLookup env, char escape, bool skipQuotes, int maxLength = MaxExpandedLength)
    {
        _maxLength = maxLength;
        _text = text;
        _env = env;
        _escape = escape;
        _skipQuotes = skipQuotes;
    }

    internal IReadOnlyList<string> Referenced => _referenced;
    internal IReadOnlyList<string> Unresolved => _unresolved;

    private int Peek() => _pos < _text.Length ? _text[_pos] : Eof;

    private int Next() => _pos < _text.Length ? _text[_pos++] : Eof;

    /// <summary>Processes the whole text. Throws <see cref="LexFailure"/> on error (caught by the expander).</summary>
    internal (string Value, List<string> Words) Run() => ProcessStopOn(Eof, rawEscapes: false);

    private (string Value, List<string> Words) ProcessStopOn(int stopChar, bool rawEscapes)
    {
        var result = new StringBuilder();
        var words = new WordAccumulator();
        bool savedRaw = _rawEscapes;
        _rawEscapes = rawEscapes;
        try
        {
            while (Peek() != Eof)
            {
                int ch = Peek();
                if (stopChar != Eof && ch == stopChar)
                {
                    Next();
                    return (result.ToString(), words.Finish());
                }

                if (ch == '$')
                {
                    string tmp = ProcessDollar();
                    result.Append(tmp);
                    CheckLength(result.Length);
                    words.AddString(tmp);
                    continue;
                }

                if (!_skipQuotes && (ch == '\'' || ch == '"'))
                {
                    string tmp = ch == '\'' ? ProcessSingleQuote() : ProcessDoubleQuote();
                    result.Append(tmp);
                    CheckLength(result.Length);
                    words.AddRawString(tmp);
                    continue;
                }

                ch = Next();
                if (ch == _escape)
                {
                    if (_rawEscapes)
                    {
                        words.AddRawChar((char)ch);
                        result.Append((char)ch);
                    }

                    ch = Next();
                    if (ch == Eof) break;
                    words.AddRawChar((char)ch);
                }
                else
                {
                    words.AddChar((char)ch);
                }

                result.Append((char)ch);
            }

            if (stopChar != Eof)
                throw new LexFailure(ExpansionErrorKind.MissingDelimiter,
                    "unexpected end of statement while looking for matching " + (char)stopChar);
            return (result.ToString(), words.Finish());
        }
        finally
        {
            _rawEscapes = savedRaw;
        }
    }

    private string ProcessSingleQuote()
    {
        // Everything up to the next single quote is literal; a single quote cannot be escaped inside.
        var result = new StringBuilder();
        Next();
        while (true)
        {
            int ch = Next();
            if (ch == Eof)
                throw new LexFailure(ExpansionErrorKind.UnterminatedQuote,
                    "unexpected end of statement while looking for matching single-quote");
            if (ch == '\'') return result.ToString();
            result.Append((char)ch);
        }
    }

    private string ProcessDoubleQuote()
    {
        // Literal except '$' and the escape character, which only escapes '"', '$' and itself.
        var result = new StringBuilder();
        Next();
        while (true)
        {
            int peek = Peek();
            if (peek == Eof)
                throw new LexFailure(ExpansionErrorKind.UnterminatedQuote,
                    "unexpected end of statement while looking for matching double-quote");
            if (peek == '"')
            {
                Next();
                return result.ToString();
            }
            if (peek == '$')
            {
                result.Append(ProcessDollar());
                CheckLength(result.Length);
                continue;
            }

            int ch = Next();
            if (ch == _escape)
            {
                if (_rawEscapes) result.Append((char)ch);
                int after = Peek();
                if (after == Eof) continue;
                if (after == '"' || after == '$' || after == _escape) ch = Next();
            }
            result.Append((char)ch);
        }
    }

    private void CheckLength(long length)
    {
        if (length > _maxLength)
            throw new LexFailure(ExpansionErrorKind.TooLong,
                $"expansion longer than {_maxLength} characters (dockerfile-lint limit); not expanded");
    }

    private string ProcessDollar()
    {
        Next();
        if (Peek() != '{')
        {
            string simple = ProcessName();
            if (simple.Length == 0) return "$";
            return GetEnv(simple, out _);
        }

        Next();
        if (_depth >= MaxNesting)
            throw new LexFailure(ExpansionErrorKind.TooDeep,
                $"variable substitutions nested deeper than {MaxNesting} levels (dockerfile-lint limit); not expanded");
        _depth++;
        try
        {
            return ProcessBraced();
        }
        finally
        {
            _depth--;
        }
    }

    private string ProcessBraced()
    {
        switch (Peek())
        {
            case Eof:
                throw new LexFailure(ExpansionErrorKind.MissingDelimiter, "syntax error: missing '}'");
            case '{' or '}' or ':':
                throw new LexFailure(ExpansionErrorKind.BadSubstitution, "syntax error: bad substitution");
        }

        string name = ProcessName();
        int ch = Next();
        string chs = RuneText(ch);
        bool nullIsUnset = false;

        switch (ch)
        {
            case '}':
                return GetEnv(name, out _);

            case ':' or '+' or '-' or '?' or '#' or '%':
            {
                if (ch == ':')
                {
                    nullIsUnset = true;
                    ch = Next();
                    chs += RuneText(ch);
                }

                bool patternMode = ch == '#' || ch == '%';
                if (nullIsUnset && patternMode)
                    throw Unsupported(chs);

                string word = StopOnOrMissingBrace('}', patternMode);
                string value = GetEnv(name, out bool set);
                bool treatAsUnset = !set || (nullIsUnset && value.Length == 0);

                switch (ch)
                {
                    case '-':
                        return treatAsUnset ? word : value;
                    case '+':
                        return treatAsUnset ? "" : word;
                    case '?':
                        if (!set)
                            throw new LexFailure(ExpansionErrorKind.RequiredVariableMissing,
                                $"{name}: {(word.Length > 0 ? word : "is not allowed to be unset")}");
                        if (nullIsUnset && value.Length == 0)
                            throw new LexFailure(ExpansionErrorKind.RequiredVariableMissing,
                                $"{name}: {(word.Length > 0 ? word : "is not allowed to be empty")}");
                        return value;
                    case '#' or '%':
                        bool greedy = false;
                        if (word.Length > 0 && word[0] == ch)
                        {
                            greedy = true;
                            word = word[1..];
                        }
                        return ch == '%'
                            ? ShellPattern.TrimSuffix(word, value, greedy)
                            : ShellPattern.TrimPrefix(word, value, greedy);
                    default:
                        throw Unsupported(chs);
                }
            }

            case '/':
            {
                bool replaceAll = Peek() == '/';
                if (replaceAll) Next();

                string pattern;
                try
                {
                    pattern = ProcessStopOn('/', rawEscapes: true).Value;
                }
                catch (LexFailure) when (Peek() == Eof)
                {
                    throw new LexFailure(ExpansionErrorKind.MissingDelimiter, "syntax error: missing '/' in ${}");
                }

                string replacement = StopOnOrMissingBrace('}', rawEscapes: true);
                string value = GetEnv(name, out _);
                // Every character may match: bound the result before building it.
                CheckLength(value.Length + (replaceAll ? (value.Length + 1L) * replacement.Length : replacement.Length));
                return ShellPattern.Replace(pattern, value, replacement, replaceAll);
            }

            default:
                throw Unsupported(chs);
        }
    }

    private string StopOnOrMissingBrace(char stop, bool rawEscapes)
    {
        try
        {
            return ProcessStopOn(stop, rawEscapes).Value;
        }
        catch (LexFailure) when (Peek() == Eof)
        {
            throw new LexFailure(ExpansionErrorKind.MissingDelimiter, "syntax error: missing '}'");
        }
    }

    private static LexFailure Unsupported(string modifier) =>
        new(ExpansionErrorKind.UnsupportedModifier, $"unsupported modifier ({modifier}) in substitution");

    // Go prints string(rune(-1)) as the replacement character.
    private static string RuneText(int ch) => ch == Eof ? "\uFFFD" : ((char)ch).ToString();

    private string ProcessName()
    {
        var name = new StringBuilder();
        while (Peek() != Eof)
        {
            char ch = (char)Peek();
            if (name.Length == 0 && char.IsDigit(ch))
            {
                // A name starting with a digit takes all following digits ($12x is variable "12").
                while (Peek() != Eof && char.IsDigit((char)Peek())) name.Append((char)Next());
                return name.ToString();
            }
            if (name.Length == 0 && IsSpecialParameter(ch))
            {
                Next();
                return ch.ToString();
            }

            if (char.IsHighSurrogate(ch) && _pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1]))
            {
                if (!Rune.IsLetter(new Rune(ch, _text[_pos + 1])) && !Rune.IsDigit(new Rune(ch, _text[_pos + 1]))) break;
                name.Append((char)Next()).Append((char)Next());
                continue;
            }
            if (!char.IsLetter(ch) && !char.IsDigit(ch) && ch != '_') break;
            name.Append((char)Next());
        }
        return name.ToString();
    }

    private static bool IsSpecialParameter(char ch) => ch is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0';

    private string GetEnv(string name, out bool set)
    {
        if (_seenReferenced.Add(name)) _referenced.Add(name);
        set = _env.TryGetValue(name, out var value);
        if (!set)
        {
            if (_seenUnresolved.Add(name)) _unresolved.Add(name);
            return "";
        }
        return value;
    }

    /// <summary>Builds BuildKit's post-expansion word split alongside the joined value.</summary>
    private sealed class WordAccumulator
    {
        private readonly List<string> _words = [];
        private readonly StringBuilder _word = new();
        private bool _inWord;

        public void AddChar(char ch)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (_inWord && _word.Length != 0)
                {
                    _words.Add(_word.ToString());
                    _word.Clear();
                    _inWord = false;
                }
            }
            else
            {
                AddRawChar(ch);
            }
        }

        public void AddRawChar(char ch)
        {
            _word.Append(ch);
            _inWord = true;
        }

        public void AddString(string s)
        {
            foreach (char ch in s) AddChar(ch);
        }

        public void AddRawString(string s)
        {
            _word.Append(s);
            _inWord = true;
        }

        public List<string> Finish()
        {
            if (_word.Length > 0)
            {
                _words.Add(_word.ToString());
                _word.Clear();
                _inWord = false;
            }
            return _words;
        }
    }
}

/// <summary>Internal control flow for a lexer error; never escapes <see cref="VariableExpander"/>.</summary>
internal sealed class LexFailure(ExpansionErrorKind kind, string detail) : Exception(detail)
{
    public ExpansionErrorKind Kind { get; } = kind;
    public string Detail { get; } = detail;
}
