using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>
/// Finds <c>${…}</c> nested deeper than the expander's limit in one linear pass, so the file reports it once, at the
/// instruction, whichever rule would have expanded the word.
/// </summary>
internal static class SubstitutionDepth
{
    /// <summary>The warning for the first <c>${</c> nested too deep within <paramref name="span"/> of <paramref name="text"/>, or null.</summary>
    public static ParseDiagnostic? Check(string text, TextSpan span, char escape)
    {
        // without a "${" nothing nests: one vectorised search settles most instructions
        if (text.AsSpan(span.Start, span.Length).IndexOf("${", StringComparison.Ordinal) < 0) return null;
        int depth = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            if (c == escape) { i++; continue; }
            if (c == '$' && i + 1 < span.End && text[i + 1] == '{')
            {
                if (++depth > WordLexer.MaxNesting)
                {
                    return new ParseDiagnostic
                    {
                        Id = ParseDiagnosticIds.SubstitutionTooDeep,
                        Severity = Severity.Warning,
                        Message = $"variable substitutions nested deeper than {WordLexer.MaxNesting} levels (dockerfile-lint limit); they are not expanded or checked",
                        Span = TextSpan.FromBounds(i, i + 2),
                    };
                }
                i++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
        }
        return null;
    }
}
