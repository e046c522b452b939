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
    private readonly int[] _fileOffsets;

    private ExternalScript(RunInstruction run, string text, int[] fileOffsets, string shell)
    {
        Run = run;
        Text = text;
        Shell = shell;
        _fileOffsets = fileOffsets;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        LineStarts = [.. starts];
    }

    /// <summary>The RUN.</summary>
    public RunInstruction Run { get; }

    /// <summary>The script text (carriage returns before line feeds left out).</summary>
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
        var builder = new Builder();
        if (run.Heredocs.Length == 1 && IsOnlyHeredoc(form.Text, run.Heredocs[0]))
        {
            // BuildKit runs the body as a script file: <<- strips the leading tabs of its lines, a shebang picks the interpreter.
            var heredoc = run.Heredocs[0];
            builder.AddFile(source, heredoc.ContentSpan.Start, heredoc.ContentSpan.End, heredoc.Chomp);
            string body = builder.ToString();
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
            return builder.Build(run, bodyShell);
        }

        // The command line as the shell receives it; then, after a line break, the heredoc bodies and delimiter lines
        // as they stand in the file (the shell reads them as here-documents of the command line).
        var map = form.Map;
        for (int i = 0; i < form.Text.Length; i++)
            if (!(form.Text[i] == '\r' && i + 1 < form.Text.Length && form.Text[i + 1] == '\n')) builder.Add(form.Text[i], map.ToSource(i));
        if (!run.Heredocs.IsEmpty)
        {
            int end = form.Text.Length > 0 ? map.ToSource(form.Text.Length - 1) + 1 : run.Span.End;
            builder.Add('\n', end);
            var last = run.Heredocs[^1];
            int tailEnd = last.TerminatorSpan.Length > 0 ? last.TerminatorSpan.End : last.ContentSpan.End;
            builder.AddFile(source, run.Heredocs[0].ContentSpan.Start, Math.Max(tailEnd, run.Heredocs[0].ContentSpan.Start), chomp: false);
        }
        return builder.Build(run, stageShell);
    }

    /// <summary>The file span of the script range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextSpan ToFile(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        if (end == start)
        {
            int at = start > 0 ? _fileOffsets[start - 1] + 1 : _fileOffsets.Length > 0 ? _fileOffsets[0] : Run.Span.End;
            return new TextSpan(at, 0);
        }
        return TextSpan.FromBounds(_fileOffsets[start], _fileOffsets[end - 1] + 1);
    }

    /// <summary>Collects the script's characters with the file offset of each.</summary>
    private sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<int> _offsets = [];

        public void Add(char c, int fileOffset)
        {
            _text.Append(c);
            _offsets.Add(fileOffset);
        }

        /// <summary>The file text [<paramref name="start"/>, <paramref name="end"/>), without CR before LF and, with <paramref name="chomp"/>, without leading tabs.</summary>
        public void AddFile(string source, int start, int end, bool chomp)
        {
            bool lineStart = true;
            for (int i = start; i < end && i < source.Length; i++)
            {
                char c = source[i];
                if (c == '\r' && i + 1 < end && source[i + 1] == '\n') continue;
                if (chomp && lineStart && c == '\t') continue;
                lineStart = c == '\n';
                Add(c, i);
            }
        }

        public override string ToString() => _text.ToString();

        public ExternalScript Build(RunInstruction run, string shell) => new(run, _text.ToString(), [.. _offsets], shell);
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
