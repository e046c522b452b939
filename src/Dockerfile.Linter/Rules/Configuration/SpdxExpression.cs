namespace Dockerfile.Linter.Rules;

/// <summary>
/// Validates SPDX license expressions against a list of commonly used license ids: ids (optionally with <c>+</c>),
/// <c>LicenseRef-…</c>, combined with <c>AND</c>, <c>OR</c>, <c>WITH &lt;exception&gt;</c> and parentheses.
/// </summary>
internal static class SpdxExpression
{
    private static readonly HashSet<string> LicenseIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "0BSD", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.0", "Apache-1.1", "Apache-2.0",
        "APSL-2.0", "Artistic-1.0", "Artistic-2.0", "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent",
        "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "BUSL-1.1", "CC-BY-3.0", "CC-BY-4.0",
        "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "CC0-1.0", "CDDL-1.0",
        "CDDL-1.1", "CPL-1.0", "ECL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "GFDL-1.3", "GFDL-1.3-only",
        "GFDL-1.3-or-later", "GPL-1.0", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later",
        "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "HPND", "ICU", "IPL-1.0", "ISC", "LGPL-2.0", "LGPL-2.0-only",
        "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only",
        "LGPL-3.0-or-later", "LPPL-1.3c", "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL",
        "MS-RL", "MulanPSL-2.0", "NCSA", "ODbL-1.0", "OFL-1.1", "OpenSSL", "OSL-3.0", "PHP-3.0", "PHP-3.01",
        "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby", "SSPL-1.0", "Unicode-DFS-2016", "Unlicense", "UPL-1.0",
        "Vim", "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.1",
    };

    private static readonly HashSet<string> ExceptionIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Classpath-exception-2.0", "GCC-exception-3.1", "LLVM-exception", "OpenJDK-assembly-exception-1.0",
        "Autoconf-exception-3.0", "Bison-exception-2.2", "Font-exception-2.0", "Linux-syscall-note",
    };

    /// <summary>True when <paramref name="expression"/> is a valid expression of known ids.</summary>
    public static bool IsValid(string expression)
    {
        var tokens = Tokenize(expression);
        int position = 0;
        return tokens.Count > 0 && ParseOr(tokens, ref position) && position == tokens.Count;
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (string part in text.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
                     .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            tokens.Add(part);
        return tokens;
    }

    private static bool ParseOr(List<string> tokens, ref int position)
    {
        if (!ParseAnd(tokens, ref position)) return false;
        while (position < tokens.Count && tokens[position] == "OR")
        {
            position++;
            if (!ParseAnd(tokens, ref position)) return false;
        }
        return true;
    }

    private static bool ParseAnd(List<string> tokens, ref int position)
    {
        if (!ParseTerm(tokens, ref position)) return false;
        while (position < tokens.Count && tokens[position] == "AND")
        {
            position++;
            if (!ParseTerm(tokens, ref position)) return false;
        }
        return true;
    }

    private static bool ParseTerm(List<string> tokens, ref int position)
    {
        if (position >= tokens.Count) return false;
        if (tokens[position] == "(")
        {
            position++;
            if (!ParseOr(tokens, ref position) || position >= tokens.Count || tokens[position] != ")") return false;
            position++;
            return true;
        }
        if (!IsLicense(tokens[position++])) return false;
        if (position < tokens.Count && tokens[position] == "WITH")
        {
            position++;
            return position < tokens.Count && ExceptionIds.Contains(tokens[position++]);
        }
        return true;
    }

    private static bool IsLicense(string token)
    {
        if (token.StartsWith("LicenseRef-", StringComparison.Ordinal) || token.StartsWith("DocumentRef-", StringComparison.Ordinal))
            return token.Length > "LicenseRef-".Length;
        return LicenseIds.Contains(token.EndsWith('+') ? token[..^1] : token);
    }
}
