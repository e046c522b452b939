using System.Text;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The raw text of a RUN/CMD/ENTRYPOINT script and of its heredocs, with a way to map text offsets back to the file:
/// for the secret scanners, which search text rather than parsed commands.
/// </summary>
internal sealed record ScriptText(string Text, Func<int, int, TextSpan> ToSource)
{
    /// <summary>Every script a command form and the instruction's heredocs hand to a shell.</summary>
    public static IEnumerable<ScriptText> Of(Instruction instruction, CommandForm? command)
    {
        switch (command)
        {
            case ShellForm shell:
                yield return new ScriptText(shell.Text, shell.Map.ToSource);
                break;
            case ExecForm exec when exec.Elements.Length >= 3
                && Dockerfile.Linter.Shell.ShellCommand.BaseNameOf(exec.Elements[0].Text) is "sh" or "bash" or "ash" or "dash" or "zsh"
                && exec.Elements[1].Text.StartsWith('-') && exec.Elements[1].Text.Contains('c'):
                var script = exec.Elements[2];
                yield return new ScriptText(script.Text, (start, length) => Clamp(script.Span, start + 1, length));
                break;
            case ExecForm exec:
                // The whole array as one command: elements separated by single spaces, each mapped to its JSON literal.
                var text = new StringBuilder();
                var starts = new List<(int ContentStart, Word Element)>();
                foreach (var element in exec.Elements)
                {
                    if (text.Length > 0) text.Append(' ');
                    string quoted = Quote(element.Text);
                    starts.Add((text.Length + (quoted.Length == element.Text.Length ? 0 : 1), element));
                    text.Append(quoted);
                }
                yield return new ScriptText(text.ToString(), (start, length) =>
                {
                    var (contentStart, element) = starts.LastOrDefault(s => s.ContentStart <= start + 1);
                    if (element is null) return new TextSpan(exec.Span.Start, 0);
                    // Without JSON escapes the literal is the text in quotes, so offsets carry over exactly.
                    bool plain = element.Span.Length == element.Text.Length + 2;
                    return plain ? Clamp(element.Span, 1 + Math.Max(0, start - contentStart), length) : element.Span;
                });
                break;
        }
        foreach (var heredoc in instruction.Heredocs)
            yield return new ScriptText(heredoc.Content, (start, length) => Clamp(heredoc.ContentSpan, start, length));
    }

    private static string Quote(string element) =>
        element.Length == 0 || element.Any(c => char.IsWhiteSpace(c) || c is '&' or '|' or ';' or '>' or '<' or '(' or ')')
            ? "'" + element.Replace("'", "'\\''") + "'"
            : element;

    private static TextSpan Clamp(TextSpan within, int start, int length)
    {
        int s = Math.Clamp(within.Start + start, within.Start, within.End);
        int e = Math.Clamp(s + length, s, within.End);
        return TextSpan.FromBounds(s, e);
    }
}
