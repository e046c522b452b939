using System.Text.RegularExpressions;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The variables that <c>for NAME in …</c> and <c>select NAME in …</c> loops of a RUN assign (the shell parse does
/// not keep loop heads), found in the RUN's shell text and in the heredoc bodies that hold parsed commands, with
/// the file offset of the loop and whether the list may produce words with blanks or glob characters.
/// </summary>
internal static partial class LoopVariables
{
    [GeneratedRegex(@"(?:^|[\s;&|(){}])(?:for|select)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+in\s+([^;\n]*))?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex LoopHead();

    /// <summary>One loop variable.</summary>
    /// <param name="Name">The variable.</param>
    /// <param name="Position">File offset of the loop's variable name.</param>
    /// <param name="Spaceful">True when the list holds a glob, a substitution or an unquoted expansion (or is absent: the positional parameters).</param>
    internal readonly record struct Loop(string Name, int Position, bool Spaceful);

    /// <summary>Every loop variable of <paramref name="run"/>; null when it has none (most RUNs: no list is made).</summary>
    public static List<Loop>? Find(RunInstruction run, ShellCheckScript script)
    {
        List<Loop>? loops = null;
        if (run.Command is ShellForm shell && MayHoldLoop(shell.Text)) Scan(shell.Text, shell.Map.ToSource, ref loops);
        foreach (var heredoc in run.Heredocs)
        {
            var body = heredoc.ContentSpan;
            if (!MayHoldLoop(heredoc.Content) || !HasCommandIn(script, body)) continue;
            Scan(heredoc.Content, i => body.Start + i, ref loops);
        }
        return loops;
    }

    private static bool HasCommandIn(ShellCheckScript script, TextSpan body)
    {
        foreach (var command in script.Commands)
            if (command.Span.Start >= body.Start && command.Span.Start < body.End) return true;
        return false;
    }

    private static bool MayHoldLoop(string text) => HasLoopHeadStart(text, "for") || HasLoopHeadStart(text, "select");

    private static void Scan(string text, Func<int, int> toFile, ref List<Loop>? loops)
    {
        foreach (Match m in LoopHead().Matches(text))
        {
            var name = m.Groups[1];
            bool spaceful = !m.Groups[2].Success || IsSpacefulList(m.Groups[2].Value);
            (loops ??= []).Add(new Loop(name.Value, toFile(name.Index), spaceful));
        }
    }

    /// <summary>
    /// True when <paramref name="keyword"/> occurs as the pattern's loop head needs it: at the start or after white
    /// space or one of <c>;&amp;|(){}</c>, then white space and the first letter of a name. Where it does not, the
    /// pattern cannot match and is not run (words such as <c>--force</c> and <c>platform</c> hold the keyword too).
    /// </summary>
    private static bool HasLoopHeadStart(string text, string keyword)
    {
        for (int at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && !char.IsWhiteSpace(text[at - 1]) && text[at - 1] is not (';' or '&' or '|' or '(' or ')' or '{' or '}')) continue;
            int i = at + keyword.Length;
            if (i >= text.Length || !char.IsWhiteSpace(text[i])) continue;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_')) return true;
        }
        return false;
    }

    private static bool IsSpacefulList(string list)
    {
        int doAt = list.IndexOf(" do", StringComparison.Ordinal);
        if (doAt >= 0) list = list[..doAt];
        bool inDouble = false, inSingle = false;
        for (int i = 0; i < list.Length; i++)
        {
            char c = list[i];
            if (c == '\\') { i++; continue; }
            if (c == '\'' && !inDouble) inSingle = !inSingle;
            else if (c == '"' && !inSingle) inDouble = !inDouble;
            else if (inSingle) continue;
            else if (c == '`' || (c == '$' && !inDouble)) return true;
            else if (c is '*' or '?' or '[' && !inDouble) return true;
        }
        return false;
    }
}
