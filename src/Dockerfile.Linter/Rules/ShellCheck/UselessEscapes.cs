using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The backslashes of a script that escape an ordinary character outside quotes (<c>\_</c>, <c>\u</c>, <c>\n</c>):
/// the shell drops the backslash and keeps the character. Backslashes before characters that mean something to the
/// shell (<c>\$</c>, <c>\"</c>, <c>\;</c>, <c>\*</c>, <c>\{</c> …), inside quotes, and the one opening a command name
/// (<c>\cp -f</c>, the idiom that bypasses an alias) are not listed. As ShellCheck stops at a syntax error, nothing
/// after the first one is listed.
/// </summary>
internal static class UselessEscapes
{
    // Characters the shell treats specially unquoted (so escaping them is meaningful), plus those ShellCheck accepts
    // as a deliberate escape (glob, brace and history characters).
    private const string Meaningful = "|&;<>()\\ '\t\n\r\"$`\u00a0?*@!+[]{}.,~#";

    /// <summary>Every useless escape of the commands of <paramref name="script"/>: its span (backslash and character) and the character.</summary>
    public static List<(TextSpan Span, char Escaped)> Find(ShellCheckScript script)
    {
        var found = new List<(TextSpan, char)>();
        int stop = -1;
        foreach (var command in script.Commands)
        {
            foreach (var a in command.Assignments) Scan(script, command, a.Word, found, ref stop);
            foreach (var w in command.Words) Scan(script, command, w, found, ref stop);
            foreach (var r in command.Redirections)
                if (!r.IsHeredoc && r.Target is { } target) Scan(script, command, target, found, ref stop);
        }
        return found;
    }

    private static void Scan(ShellCheckScript script, ShellCommand command, ShellWord word, List<(TextSpan, char)> found, ref int stop)
    {
        if (word.Text.IndexOf('\\') < 0) return;
        if (stop < 0) stop = ShellSyntaxErrors.First(script)?.Span.Start ?? int.MaxValue;
        foreach (var part in script.PartsOf(word))
        {
            if (part.Kind != WordPartKind.Literal || part.InDoubleQuotes) continue;
            for (int i = part.Start; i < part.End - 1; i++)
            {
                if (word.Text[i] != '\\') continue;
                char next = word.Text[i + 1];
                i++;
                if (Meaningful.Contains(next) || (i == 1 && ReferenceEquals(word, command.NameWord))) continue;
                var span = word.GetSpanOfText(i - 1, 2);
                if (span.Start < stop) found.Add((span, next));
            }
        }
    }
}
