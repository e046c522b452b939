using System.Text;

namespace Dockerfile.Linter.Parsing;

/// <summary>A word produced by <see cref="ShellWordLexer"/> with the range of the input it came from.</summary>
internal readonly record struct LexedWord(string Text, int Start, int End);

/// <summary>
/// The word splitting of BuildKit's shell lexer as the heredoc detector uses it: escape character always <c>\</c>,
/// an empty environment with unset variables left as written. Only what affects word boundaries, quote counts and
/// lexing errors is reproduced; any error (unterminated quote, bad <c>${…}</c>) yields null.
/// </summary>
internal sealed class ShellWordLexer
{
    private const char Escape = '\\';
    private const int MaxNesting = 100;

    private readonly string _s;
    private readonly int _end;
    private readonly bool _rawQuotes;
    private int _pos;
    private int _depth;

    private ShellWordLexer(string s, int start, int end, bool rawQuotes)
    {
        _s = s;
        _pos = start;
        _end = end;
        _rawQuotes = rawQuotes;
    }

    /// <summary>Splits [start, end) of <paramref name="s"/> into words; null when the lexer would fail.</summary>
    public static List<LexedWord>? Split(string s, int start, int end, bool rawQuotes, bool rawEscapes)
    {
        var lexer = new ShellWordLexer(s, start, end, rawQuotes);
        var words = new List<LexedWord>();
        return lexer.Process(null, rawEscapes, words) is null ? null : words;
    }

    private int Peek() => _pos < _end ? _s[_pos] : -1;

    // Reads up to stopChar (or the end when null); returns the processed text, or null on error.
    private string? Process(char? stopChar, bool rawEscapes, List<LexedWord>? words)
    {
        if (++_depth > MaxNesting) return null;
        var result = new StringBuilder();
        var word = new StringBuilder();
        bool inWord = false;
        int wordStart = _pos;

        void Flush(int at)
        {
            if (word.Length > 0) words!.Add(new LexedWord(word.ToString(), wordStart, at));
            word.Clear();
            inWord = false;
        }
        void AddRaw(string text, int at)
        {
            if (words is null) return;
            if (!inWord) wordStart = at;
            word.Append(text);
            inWord = true;
        }
        void AddChar(char ch, int at)
        {
            if (words is null) return;
            if (GoText.IsSpace(ch))
            {
                if (!inWord) return;
                if (EndsWithHeredocOperator(word)) { word.Append(ch); return; }
                if (word.Length != 0) Flush(at);
                return;
            }
            if (!inWord) wordStart = at;
            word.Append(ch);
            inWord = true;
        }

        while (Peek() >= 0)
        {
            char ch = (char)Peek();
            int at = _pos;
            if (stopChar is char stop && ch == stop)
            {
                _pos++;
                _depth--;
                return result.ToString();
            }
            if (ch == '$')
            {
                string? value = Dollar();
                if (value is null) return null;
                result.Append(value);
                for (int k = 0; k < value.Length; k++) AddChar(value[k], at);
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                string? quoted = ch == '\'' ? SingleQuoted() : DoubleQuoted(rawEscapes);
                if (quoted is null) return null;
                result.Append(quoted);
                AddRaw(quoted, at);
                continue;
            }
            _pos++;
            if (ch == Escape)
            {
                if (rawEscapes)
                {
                    AddRaw(Escape.ToString(), at);
                    result.Append(Escape);
                }
                if (Peek() < 0) break;
                ch = (char)Peek();
                _pos++;
                AddRaw(ch.ToString(), at);
            }
            else
            {
                AddChar(ch, at);
            }
            result.Append(ch);
        }
        if (stopChar is not null) return null;
        if (words is not null && word.Length > 0) Flush(_pos);
        _depth--;
        return result.ToString();
    }

    // True when the word ends in "<<" followed only by blanks: blanks after a heredoc operator stay in the word.
    private static bool EndsWithHeredocOperator(StringBuilder word)
    {
        int i = word.Length;
        while (i > 0 && GoText.IsSpace(word[i - 1])) i--;
        return i >= 2 && word[i - 1] == '<' && word[i - 2] == '<';
    }

    private string? SingleQuoted()
    {
        int open = _pos++;
        while (_pos < _end && _s[_pos] != '\'') _pos++;
        if (_pos >= _end) return null;
        _pos++;
        return _rawQuotes ? _s[open.._pos] : _s[(open + 1)..(_pos - 1)];
    }

    private string? DoubleQuoted(bool rawEscapes)
    {
        var result = new StringBuilder();
        _pos++;
        if (_rawQuotes) result.Append('"');
        while (true)
        {
            int next = Peek();
            if (next < 0) return null;
            if (next == '"')
            {
                _pos++;
                if (_rawQuotes) result.Append('"');
                return result.ToString();
            }
            if (next == '$')
            {
                string? value = Dollar();
                if (value is null) return null;
                result.Append(value);
                continue;
            }
            char ch = (char)next;
            _pos++;
            if (ch == Escape)
            {
                if (rawEscapes) result.Append(ch);
                int after = Peek();
                if (after < 0) continue;
                if (after is '"' or '$' or Escape)
                {
                    ch = (char)after;
                    _pos++;
                }
            }
            result.Append(ch);
        }
    }

    private string Name()
    {
        int start = _pos;
        if (_pos < _end && char.IsDigit(_s[_pos]))
        {
            while (_pos < _end && char.IsDigit(_s[_pos])) _pos++;
            return _s[start.._pos];
        }
        if (_pos < _end && _s[_pos] is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
        {
            _pos++;
            return _s[start.._pos];
        }
        while (_pos < _end && (char.IsLetterOrDigit(_s[_pos]) || _s[_pos] == '_')) _pos++;
        return _s[start.._pos];
    }

    // With an empty environment and unset variables kept, a reference evaluates to its own text.
    private string? Dollar()
    {
        int start = _pos++;
        if (Peek() != '{')
        {
            string name = Name();
            return name.Length == 0 ? "$" : "$" + name;
        }
        _pos++;
        int first = Peek();
        if (first < 0 || first is '{' or '}' or ':') return null;
        Name();
        int op = Peek();
        if (op < 0) return null;
        _pos++;
        switch (op)
        {
            case '}':
                return _s[start.._pos];
            case ':':
                if (Peek() < 0) return null;
                _pos++;
                return Process('}', false, null) is null ? null : _s[start.._pos];
            case '+' or '-' or '?' or '#' or '%':
                return Process('}', op is '#' or '%', null) is null ? null : _s[start.._pos];
            case '/':
                if (Peek() == '/') _pos++;
                if (Process('/', true, null) is null) return null;
                return Process('}', true, null) is null ? null : _s[start.._pos];
            default:
                return null;
        }
    }
}
