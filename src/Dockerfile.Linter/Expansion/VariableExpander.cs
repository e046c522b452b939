using System.Collections.Immutable;
using System.Text;

namespace Dockerfile.Linter.Expansion;

/// <summary>
/// Expands Dockerfile words exactly as BuildKit's <c>shell</c> lexer does (<c>ProcessWord</c>, <c>ProcessWords</c>
/// and the COPY/ADD heredoc-body mode): quotes, the escape character, <c>$V</c>, <c>${V}</c> and the
/// <c>:- - :+ + :? ? # ## % %% / //</c> modifiers. Failures are returned in the result, never thrown.
/// </summary>
/// <example>
/// <code>
/// var env = VariableEnvironment.FromStrings(["PWD=/home"]);
/// var r = VariableExpander.Default.ExpandWord("${PWD}/x ${NOPE:-d}", env);
/// // r.Value == "/home/x d", r.UnresolvedNames == ["NOPE"]
/// </code>
/// </example>
public sealed class VariableExpander
{
    /// <summary>Creates an expander for a Dockerfile whose escape character is <paramref name="escapeCharacter"/> (<c>\</c> or <c>`</c>).</summary>
    public VariableExpander(char escapeCharacter = '\\')
    {
        EscapeCharacter = escapeCharacter;
    }

    /// <summary>An expander using the default escape character <c>\</c>.</summary>
    public static VariableExpander Default { get; } = new('\\');

    /// <summary>An expander using the backtick escape character (<c># escape=`</c>).</summary>
    public static VariableExpander Backtick { get; } = new('`');

    /// <summary>The escape character.</summary>
    public char EscapeCharacter { get; }

    /// <summary>Returns the shared expander for <paramref name="escapeCharacter"/>.</summary>
    public static VariableExpander For(char escapeCharacter) =>
        escapeCharacter == '`' ? Backtick : escapeCharacter == '\\' ? Default : new VariableExpander(escapeCharacter);

    /// <summary>
    /// Single-word expansion (BuildKit <c>ProcessWord</c>; used for ENV, LABEL, WORKDIR, USER, COPY/ADD paths …):
    /// inner spaces are kept in <see cref="ExpansionResult.Value"/>. <see cref="ExpansionResult.Words"/> holds the
    /// post-expansion split as well.
    /// </summary>
    public ExpansionResult ExpandWord(string word, IVariableLookup environment) => Run(word, environment, skipQuotes: false);

    /// <summary>
    /// Word-splitting expansion (BuildKit <c>ProcessWords</c>; used for EXPOSE): read <see cref="ExpansionResult.Words"/>.
    /// Unquoted expansion results are split on whitespace; quoted or escaped text is not.
    /// </summary>
    public ExpansionResult ExpandWords(string text, IVariableLookup environment) => Run(text, environment, skipQuotes: false);

    /// <summary>
    /// Expansion of a COPY/ADD heredoc body whose delimiter is unquoted: quotes are literal characters, escape
    /// characters are consumed (<c>"a\nb"</c> becomes <c>"anb"</c>), <c>$</c> expands.
    /// </summary>
    public ExpansionResult ExpandHeredocBody(string content, IVariableLookup environment) => Run(content, environment, skipQuotes: true);

    /// <summary>
    /// The variable names a word references, in order (as <see cref="ExpansionResult.ReferencedNames"/> with an
    /// empty environment, so <c>${A:-$B}</c> gives both <c>A</c> and <c>B</c>). Stops at the first syntax error.
    /// </summary>
    public ImmutableArray<string> GetReferencedNames(string word) =>
        ExpandWord(word, VariableEnvironment.Empty).ReferencedNames;

    private ExpansionResult Run(string text, IVariableLookup environment, bool skipQuotes)
    {
        if (text is not null && IsLiteral(text, skipQuotes)) return Literal(text);
        var lexer = new WordLexer(text ?? "", environment ?? VariableEnvironment.Empty, EscapeCharacter, skipQuotes);
        try
        {
            var (value, words) = lexer.Run();
            return new ExpansionResult(value, [.. words], null, [.. lexer.Referenced], [.. lexer.Unresolved]);
        }
        catch (LexFailure failure)
        {
            return Failed(text ?? "", lexer, failure.Kind, failure.Detail);
        }
    }

    // Most words hold nothing to expand; they need none of the lexer's buffers (a file of a million ENV lines would
    // otherwise allocate kilobytes per word).
    private bool IsLiteral(string text, bool skipQuotes)
    {
        foreach (char c in text)
            if (c == '$' || c == EscapeCharacter || (!skipQuotes && c is '\'' or '"')) return false;
        return true;
    }

    private static ExpansionResult Literal(string text)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!space && start < 0) start = i;
            else if (space && start >= 0)
            {
                words.Add(start == 0 && i == text.Length ? text : text[start..i]);
                start = -1;
            }
        }
        return new ExpansionResult(text, words.ToImmutable(), null, [], []);
    }

    private static ExpansionResult Failed(string text, WordLexer lexer, ExpansionErrorKind kind, string detail)
    {
        var error = new ExpansionError(kind, detail, $"failed to process {GoQuote(text)}: {detail}");
        return new ExpansionResult(null, [], error, [.. lexer.Referenced], [.. lexer.Unresolved]);
    }

    /// <summary>Go's <c>%q</c> for the common cases (quotes, backslashes, control characters).</summary>
    private static string GoQuote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (c < 0x20 || c == 0x7f) sb.Append($"\\x{(int)c:x2}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
