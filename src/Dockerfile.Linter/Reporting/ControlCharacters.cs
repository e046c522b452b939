using System.Globalization;
using System.Text;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// Makes text from a file or a file name safe to print in a text report: control characters (C0, DEL, C1) and
/// bidirectional-override characters become visible escapes (<c>\x1b</c>, <c>\u202e</c>), so a Dockerfile or a file
/// name cannot move the cursor, recolour the terminal, hide text or break a line-oriented reader.
/// </summary>
public static class ControlCharacters
{
    /// <summary>True for a character that must not reach a terminal raw.</summary>
    public static bool IsUnsafe(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Every unsafe character as an escape (a tab is <c>\t</c>, a newline <c>\n</c>).</summary>
    public static string Escape(string text) => Rewrite(text, keepTabs: false, linesAsSpaces: false);

    /// <summary>For a message on one line: line breaks become spaces, tabs stay, other unsafe characters are escaped.</summary>
    public static string OneLine(string text) => Rewrite(text, keepTabs: true, linesAsSpaces: true);

    /// <summary>One character as <see cref="Escape(string)"/> writes it (itself when safe).</summary>
    public static string Escape(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        < '\u0100' when IsUnsafe(c) => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
        _ when IsUnsafe(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
        _ => c.ToString(),
    };

    private static string Rewrite(string text, bool keepTabs, bool linesAsSpaces)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsUnsafe)) return text ?? "";
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (keepTabs && c == '\t') sb.Append(c);
            else if (linesAsSpaces && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { sb.Append(' '); i++; }
            else if (linesAsSpaces && c is '\n' or '\r') sb.Append(' ');
            else if (IsUnsafe(c)) sb.Append(Escape(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
