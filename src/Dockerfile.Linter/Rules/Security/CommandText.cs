using System.Text;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>One word of a shell command: its value with quotes removed and its range in the script text.</summary>
internal readonly record struct ShellWord(string Value, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// A simple command of a shell script as split by <see cref="CommandText"/>: its words (environment assignments,
/// <c>sudo</c>/<c>env</c>/<c>exec</c> prefixes kept), the redirection targets and the operator that ends it.
/// </summary>
internal sealed class SimpleShellCommand
{
    public List<ShellWord> Words { get; } = [];
    public List<ShellWord> RedirectTargets { get; } = [];

    /// <summary>The operator after the command (<c>&amp;&amp;</c>, <c>||</c>, <c>|</c>, <c>;</c>, <c>&amp;</c>, newline) or "" at the end.</summary>
    public string Terminator { get; set; } = "";

    /// <summary>Where <see cref="Terminator"/> starts in the script.</summary>
    public int TerminatorStart { get; set; } = -1;

    /// <summary>The operator before the command ("" for the first one).</summary>
    public string Preceding { get; set; } = "";

    /// <summary>Index of the program word after assignments and <c>sudo</c>/<c>env</c>/<c>exec</c>/<c>nohup</c>/<c>command</c> wrappers, or -1.</summary>
    public int ProgramIndex
    {
        get
        {
            for (int i = 0; i < Words.Count; i++)
            {
                string w = Words[i].Value;
                if (IsAssignment(w)) continue;
                string name = ProgramName(w);
                if (name is "sudo" or "env" or "exec" or "nohup" or "command" or "time" or "nice" or "gosu" or "su-exec" or "chroot")
                {
                    // skip the wrapper's options (sudo -u x, gosu user)
                    if (name is "gosu" or "su-exec" or "chroot") i++;
                    while (i + 1 < Words.Count && Words[i + 1].Value.StartsWith('-'))
                    {
                        i++;
                        if (Words[i].Value is "-u" or "-g" or "-n") i++;
                    }
                    continue;
                }
                return i;
            }
            return -1;
        }
    }

    /// <summary>The base name of the program (<c>/usr/bin/curl</c> → <c>curl</c>), or "".</summary>
    public string Program => ProgramIndex is >= 0 and var i ? ProgramName(Words[i].Value) : "";

    /// <summary>The words after the program.</summary>
    public IEnumerable<ShellWord> Arguments => ProgramIndex is >= 0 and var i ? Words.Skip(i + 1) : [];

    public static string ProgramName(string word)
    {
        int slash = word.LastIndexOf('/');
        return slash >= 0 ? word[(slash + 1)..] : word;
    }

    public static bool IsAssignment(string word)
    {
        int eq = word.IndexOf('=');
        if (eq <= 0) return false;
        for (int i = 0; i < eq; i++)
            if (!(char.IsAsciiLetterOrDigit(word[i]) || word[i] == '_') || (i == 0 && char.IsAsciiDigit(word[i]))) return false;
        return true;
    }
}

/// <summary>
/// A small, forgiving shell splitter for the checks in this folder: splits a script into simple commands at
/// <c>&amp;&amp; || | ; &amp;</c>, newlines and parentheses, keeping word offsets. Quotes and backslashes are honoured;
/// expansions are kept as written. It never throws.
/// </summary>
internal static class CommandText
{
    public static List<SimpleShellCommand> Split(string script)
    {
        var commands = new List<SimpleShellCommand>();
        var current = new SimpleShellCommand();
        var word = new StringBuilder();
        int wordStart = -1;
        bool redirectPending = false;
        string preceding = "";
        int i = 0;

        void EndWord(int end)
        {
            if (wordStart < 0) return;
            var w = new ShellWord(word.ToString(), wordStart, end - wordStart);
            if (redirectPending) { current.RedirectTargets.Add(w); redirectPending = false; }
            else current.Words.Add(w);
            word.Clear();
            wordStart = -1;
        }

        void EndCommand(string op, int at)
        {
            EndWord(at);
            current.Terminator = op;
            current.TerminatorStart = at;
            current.Preceding = preceding;
            if (current.Words.Count > 0 || current.RedirectTargets.Count > 0) commands.Add(current);
            current = new SimpleShellCommand();
            preceding = op;
            redirectPending = false;
        }

        while (i < script.Length)
        {
            char c = script[i];
            if (c == '\\' && i + 1 < script.Length)
            {
                if (script[i + 1] == '\n') { i += 2; continue; }
                if (wordStart < 0) wordStart = i;
                word.Append(script[i + 1]);
                i += 2;
                continue;
            }
            if (c is '\'' or '"')
            {
                if (wordStart < 0) wordStart = i;
                int close = c == '\'' ? script.IndexOf('\'', i + 1) : FindDoubleQuoteEnd(script, i + 1);
                if (close < 0) close = script.Length;
                word.Append(script, i + 1, Math.Max(0, Math.Min(close, script.Length) - i - 1));
                i = Math.Min(close + 1, script.Length);
                continue;
            }
            if (c == '#' && wordStart < 0)
            {
                int nl = script.IndexOf('\n', i);
                i = nl < 0 ? script.Length : nl;
                continue;
            }
            if (c == '$' && i + 1 < script.Length && script[i + 1] == '(')
            {
                // Keep $( … ) inside the word; a nested script is not split here.
                if (wordStart < 0) wordStart = i;
                int depth = 0, j = i;
                for (; j < script.Length; j++)
                {
                    if (script[j] == '(') depth++;
                    else if (script[j] == ')' && --depth == 0) break;
                }
                j = Math.Min(j, script.Length - 1);
                word.Append(script, i, j - i + 1);
                i = j + 1;
                continue;
            }
            if (c is ' ' or '\t' or '\r')
            {
                EndWord(i);
                i++;
                continue;
            }
            if (c == '\n') { EndCommand("\n", i); i++; continue; }
            if (c == ';') { EndCommand(";", i); i += i + 1 < script.Length && script[i + 1] == ';' ? 2 : 1; continue; }
            if (c is '(' or ')' or '{' or '}' && wordStart < 0) { EndCommand(c.ToString(), i); i++; continue; }
            if (c == '&')
            {
                if (i + 1 < script.Length && script[i + 1] == '&') { EndCommand("&&", i); i += 2; continue; }
                if (i > 0 && script[i - 1] == '>' || (i + 1 < script.Length && script[i + 1] == '>')) { i++; continue; }
                EndCommand("&", i);
                i++;
                continue;
            }
            if (c == '|')
            {
                if (i + 1 < script.Length && script[i + 1] == '|') { EndCommand("||", i); i += 2; continue; }
                EndCommand("|", i);
                i += i + 1 < script.Length && script[i + 1] == '&' ? 2 : 1;
                continue;
            }
            if (c is '>' or '<')
            {
                // A leading fd number belongs to the redirection, not to the previous word.
                if (wordStart >= 0 && word.ToString().All(char.IsAsciiDigit)) { word.Clear(); wordStart = -1; }
                EndWord(i);
                int j = i;
                while (j < script.Length && script[j] is '>' or '<' or '&' or '|') j++;
                bool dup = j < script.Length && char.IsAsciiDigit(script[j]) && script[j - 1] == '&';
                if (c == '<' && j - i >= 2) { i = j; continue; } // heredoc / here-string: not a target
                if (!dup) redirectPending = c == '>';
                i = j;
                continue;
            }
            if (wordStart < 0) wordStart = i;
            word.Append(c);
            i++;
        }
        EndCommand("", script.Length);
        return commands;
    }

    private static int FindDoubleQuoteEnd(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '"') return i;
        }
        return -1;
    }
}

/// <summary>A shell script of a RUN/CMD/ENTRYPOINT and how to map its offsets back to the file.</summary>
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
                && SimpleShellCommand.ProgramName(exec.Elements[0].Text) is "sh" or "bash" or "ash" or "dash" or "zsh"
                && exec.Elements[1].Text.StartsWith('-') && exec.Elements[1].Text.Contains('c'):
                var script = exec.Elements[2];
                yield return new ScriptText(script.Text, (start, length) => Clamp(script.Span, start + 1, length));
                break;
            case ExecForm exec:
                // The whole array as one command: words separated by single spaces, each mapped to its element.
                var text = new StringBuilder();
                var starts = new List<(int At, Word Element)>();
                foreach (var element in exec.Elements)
                {
                    if (text.Length > 0) text.Append(' ');
                    starts.Add((text.Length, element));
                    text.Append(Quote(element.Text));
                }
                yield return new ScriptText(text.ToString(), (start, length) =>
                {
                    var (at, element) = starts.LastOrDefault(s => s.At <= start);
                    return element is null ? new TextSpan(exec.Span.Start, 0) : element.Span;
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
