using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The shell script of one RUN as the <c>shellcheck</c> executable is given it, with the map from its offsets back to
/// the Dockerfile. A shell-form RUN is its command line with continuations joined, as the shell receives it; when
/// heredocs follow, the script goes on with the text of their bodies and delimiter lines, as BuildKit hands the whole
/// to the shell; a RUN that is only a heredoc (<c>RUN &lt;&lt;EOF</c>) is its body, checked with the shell its
/// shebang names.
/// </summary>
internal sealed class ExternalScript
{
    private readonly SourceMap _commandMap;
    private readonly int _commandLength;
    private readonly int _tailStart;

    private ExternalScript(RunInstruction run, string text, string shell, SourceMap commandMap, int commandLength, int tailStart)
    {
        Run = run;
        Text = text;
        Shell = shell;
        _commandMap = commandMap;
        _commandLength = commandLength;
        _tailStart = tailStart;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        LineStarts = [.. starts];
    }

    /// <summary>The RUN.</summary>
    public RunInstruction Run { get; }

    /// <summary>The script text (carriage returns before line feeds replaced by spaces, so offsets stay those of the file).</summary>
    public string Text { get; }

    /// <summary>The name ShellCheck knows the shell by (<c>--shell</c>): <c>sh</c>, <c>bash</c>, <c>dash</c> or <c>ksh</c>.</summary>
    public string Shell { get; }

    /// <summary>Offsets in <see cref="Text"/> where each line starts.</summary>
    public int[] LineStarts { get; }

    /// <summary>
    /// The script ShellCheck should check for <paramref name="run"/>, or null when the RUN is not a POSIX shell script
    /// (exec form, a PowerShell or cmd stage, zsh, a heredoc run by another interpreter).
    /// </summary>
    public static ExternalScript? For(RunInstruction run, SemanticModel semantics, string source)
    {
        if (run.Command is not ShellForm form || !ShellCheckScript.IsShellChecked(run, semantics)) return null;
        var shell = semantics.GetShell(run);
        if (ShellName(ShellPragmas.ShellAt(semantics, run) ?? (shell.IsDefaultOrEmpty ? "sh" : shell[0])) is not { } stageShell)
            return null;
        if (run.Heredocs.IsEmpty)
            return new ExternalScript(run, Clean(form.Text), stageShell, form.Map, form.Text.Length, 0);

        if (run.Heredocs.Length == 1 && IsOnlyHeredoc(form.Text, run.Heredocs[0]))
        {
            var heredoc = run.Heredocs[0];
            string body = heredoc.Content;
            string bodyShell = stageShell;
            if (body.StartsWith("#!", StringComparison.Ordinal))
            {
                var shebang = body[2..].Split('\n')[0].Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (shebang.Length > 0)
                {
                    string interpreter = shebang[0];
                    if (ShellDialect.ExecutableName(interpreter) == "env" && shebang.Length > 1) interpreter = shebang[^1];
                    if (ShellName(interpreter) is not { } named) return null;
                    bodyShell = named;
                }
            }
            return new ExternalScript(run, Clean(body), bodyShell, SourceMap.Contiguous(heredoc.ContentSpan.Start), 0, heredoc.ContentSpan.Start);
        }

        // The command line, a line break, then the bodies and delimiter lines as they stand in the file.
        var first = run.Heredocs[0];
        var last = run.Heredocs[^1];
        int tailEnd = last.TerminatorSpan.Length > 0 ? last.TerminatorSpan.End : last.ContentSpan.End;
        int tailStart = first.ContentSpan.Start;
        if (tailEnd < tailStart) tailEnd = tailStart;
        string text = form.Text + "\n" + source[tailStart..tailEnd];
        return new ExternalScript(run, Clean(text), stageShell, form.Map, form.Text.Length, tailStart);
    }

    /// <summary>The file span of the script range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextSpan ToFile(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        if (end == start)
        {
            int at = start > 0 ? ToFile(start - 1) + 1 : ToFile(0);
            return new TextSpan(at, 0);
        }
        return TextSpan.FromBounds(ToFile(start), ToFile(end - 1) + 1);
    }

    /// <summary>The offset in <see cref="Text"/> of 1-based <paramref name="line"/> and <paramref name="column"/> (ShellCheck counts characters, a tab as one).</summary>
    public int OffsetOf(int line, int column)
    {
        if (line < 1) return 0;
        if (line > LineStarts.Length) return Text.Length;
        int offset = LineStarts[line - 1];
        int lineEnd = line < LineStarts.Length ? LineStarts[line] - 1 : Text.Length;
        // Columns count Unicode characters; a character outside the BMP takes two UTF-16 units here.
        for (int k = 1; k < column && offset < lineEnd; k++)
            offset += char.IsHighSurrogate(Text[offset]) && offset + 1 < lineEnd && char.IsLowSurrogate(Text[offset + 1]) ? 2 : 1;
        return offset;
    }

    private int ToFile(int offset)
    {
        if (offset < _commandLength) return _commandMap.ToSource(offset);
        if (offset == _commandLength && _commandLength > 0) return _commandMap.ToSource(_commandLength - 1) + 1;
        return _tailStart + (offset - (_commandLength > 0 ? _commandLength + 1 : 0));
    }

    /// <summary>Shell-form text whose first word is the heredoc marker and nothing else: <c>&lt;&lt;EOF</c>, <c>&lt;&lt;-"EOF"</c>.</summary>
    private static bool IsOnlyHeredoc(string command, Heredoc heredoc)
    {
        var text = command.AsSpan().Trim();
        if (!text.StartsWith("<<")) return false;
        text = text[2..];
        if (text.StartsWith("-")) text = text[1..];
        text = text.Trim(" \t");
        if (text.Length >= 2 && (text[0] is '"' or '\'') && text[^1] == text[0]) text = text[1..^1];
        return text.SequenceEqual(heredoc.Name);
    }

    private static string Clean(string text) => text.Contains('\r') ? text.Replace("\r\n", " \n") : text;

    /// <summary>ShellCheck's name for an interpreter; null for shells it does not check (zsh, fish) and non-shells.</summary>
    internal static string? ShellName(string interpreter) => ShellDialect.ExecutableName(interpreter) switch
    {
        "bash" => "bash",
        "dash" => "dash",
        "ksh" or "mksh" or "ksh93" => "ksh",
        "sh" or "ash" or "busybox" or "posh" or "yash" => "sh",
        _ => null,
    };
}
