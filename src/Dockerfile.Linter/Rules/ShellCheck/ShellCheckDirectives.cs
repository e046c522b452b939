using System.Collections.Immutable;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The <c># shellcheck disable=SC2086,SC2046</c> comments of the heredoc scripts of one RUN (shell-form RUN text
/// has no comments of its own: BuildKit drops comment lines). As in ShellCheck, a directive before the first
/// command of a script covers the whole script; elsewhere it covers the command that follows it, all of it when
/// that command is compound (<c>if … fi</c>, <c>for … done</c>, <c>{ … }</c>).
/// </summary>
internal sealed class ShellCheckDirectives
{
    private static readonly ShellCheckDirectives None = new([]);
    private static readonly HashSet<string> Openers = ["if", "for", "while", "until", "case", "{", "(", "select"];
    private static readonly HashSet<string> Closers = ["fi", "done", "esac", "}", ")"];

    private readonly ImmutableArray<(string Code, TextSpan Covers)> _entries;

    private ShellCheckDirectives(ImmutableArray<(string, TextSpan)> entries) => _entries = entries;

    /// <summary>True when a directive disables <paramref name="code"/> (or <c>all</c>) at <paramref name="offset"/>.</summary>
    public bool Disables(string code, int offset)
    {
        foreach (var (c, covers) in _entries)
            if (offset >= covers.Start && offset < covers.End
                && (c.Equals(code, StringComparison.OrdinalIgnoreCase) || c.Equals("all", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    /// <summary>The directives of the heredoc bodies of <paramref name="run"/> that the shell runs.</summary>
    public static ShellCheckDirectives Find(RunInstruction run, ShellScript script)
    {
        if (run.Heredocs.IsEmpty) return None;
        var entries = ImmutableArray.CreateBuilder<(string, TextSpan)>();
        foreach (var heredoc in run.Heredocs)
        {
            if (heredoc.Content.IndexOf("shellcheck", StringComparison.Ordinal) < 0) continue;
            var body = heredoc.ContentSpan;
            // Only bodies the shell parse looked into hold commands the rules report in.
            if (!script.Commands.Any(c => c.Span.Start >= body.Start && c.Span.Start < body.End)) continue;
            ReadBody(heredoc.Content, body.Start, entries);
        }
        return entries.Count == 0 ? None : new ShellCheckDirectives(entries.ToImmutable());
    }

    private static void ReadBody(string text, int fileOffset, ImmutableArray<(string, TextSpan)>.Builder entries)
    {
        var lines = SplitLines(text);
        bool seenCommand = false;
        for (int n = 0; n < lines.Count; n++)
        {
            var (start, end) = lines[n];
            string line = text[start..end].Trim();
            if (line.Length == 0) continue;
            if (!line.StartsWith('#'))
            {
                seenCommand = true;
                continue;
            }
            var codes = DisabledCodes(line);
            if (codes.Count == 0) continue;
            TextSpan covers;
            if (!seenCommand)
            {
                // Before the first command: the whole script.
                covers = TextSpan.FromBounds(fileOffset, fileOffset + text.Length);
            }
            else
            {
                int next = NextCommandLine(text, lines, n);
                if (next < 0) continue;
                int last = LastLineOfCommand(text, lines, next);
                covers = TextSpan.FromBounds(fileOffset + lines[next].Start, fileOffset + lines[last].End);
            }
            foreach (string code in codes) entries.Add((code, covers));
        }
    }

    /// <summary>The codes of a <c># shellcheck disable=…</c> comment line (empty for anything else).</summary>
    internal static List<string> DisabledCodes(string commentLine)
    {
        var codes = new List<string>();
        string body = commentLine.TrimStart('#').Trim();
        if (!body.StartsWith("shellcheck", StringComparison.Ordinal) || body.Length == 10 || !char.IsWhiteSpace(body[10])) return codes;
        foreach (string token in body[10..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('#')) break;
            if (!token.StartsWith("disable=", StringComparison.Ordinal)) continue;
            foreach (string item in token["disable=".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // ShellCheck accepts SC2086, 2086, ranges (SC2000-SC2099) and "all".
                if (item.Equals("all", StringComparison.OrdinalIgnoreCase)) codes.Add("all");
                else if (item.Contains('-')) codes.AddRange(ExpandRange(item));
                else codes.Add(item.StartsWith("SC", StringComparison.OrdinalIgnoreCase) ? item.ToUpperInvariant() : "SC" + item);
            }
        }
        return codes;
    }

    private static IEnumerable<string> ExpandRange(string item)
    {
        var ends = item.Split('-');
        if (ends.Length != 2) yield break;
        static int? Number(string s) => int.TryParse(s.StartsWith("SC", StringComparison.OrdinalIgnoreCase) ? s[2..] : s, out int n) ? n : null;
        if (Number(ends[0]) is not int from || Number(ends[1]) is not int to || to < from || to - from > 10_000) yield break;
        for (int n = from; n <= to; n++) yield return "SC" + n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        while (start <= text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            lines.Add((start, end));
            if (newline < 0) break;
            start = newline + 1;
        }
        return lines;
    }

    private static int NextCommandLine(string text, List<(int Start, int End)> lines, int after)
    {
        for (int n = after + 1; n < lines.Count; n++)
        {
            string line = text[lines[n].Start..lines[n].End].Trim();
            if (line.Length > 0 && !line.StartsWith('#')) return n;
        }
        return -1;
    }

    /// <summary>The last line of the command starting at line <paramref name="first"/>: continuation lines, and the body of a compound command.</summary>
    private static int LastLineOfCommand(string text, List<(int Start, int End)> lines, int first)
    {
        int depth = 0;
        for (int n = first; n < lines.Count; n++)
        {
            string line = text[lines[n].Start..lines[n].End].TrimEnd('\r', ' ', '\t');
            foreach (string word in line.Split([' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.StartsWith('#')) break;
                if (Openers.Contains(word)) depth++;
                else if (Closers.Contains(word)) depth--;
            }
            bool continues = line.EndsWith('\\') || line.EndsWith("&&", StringComparison.Ordinal)
                             || line.EndsWith("||", StringComparison.Ordinal) || line.EndsWith('|');
            if (depth <= 0 && !continues) return n;
        }
        return lines.Count - 1;
    }
}
