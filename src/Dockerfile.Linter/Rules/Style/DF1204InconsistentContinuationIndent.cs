using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1204: a continuation line indented with a different mix of tabs and spaces, or off by one column.</summary>
internal sealed class DF1204InconsistentContinuationIndent : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1204",
        Name = "inconsistent-continuation-indent",
        Title = "Indent continuation lines consistently",
        MessageFormat = "Continuation line is indented {0}, unlike the first continuation line of this instruction ({1}){2}",
        Category = RuleCategory.Style,
        DefaultSeverity = Severity.Style,
        Fix = FixAvailability.Sometimes,
        FixTitle = "Indent like the first continuation line",
        Docs = """
            ## What it does
            Compares the indentation of the continuation lines of one instruction with the first continuation
            line and reports a line whose indentation is clearly accidental: it mixes tabs and spaces differently
            (tabs where the first line uses spaces, or the other way round), or it is off by exactly one column.
            Deliberate nesting (packages indented deeper than `&&` lines, `if` bodies) differs by two or more
            columns and is left alone, and so are comment lines, blank lines, heredoc bodies and lines that
            continue a quoted string.

            ## Why
            Continuation lines that almost line up look like a mistake and make the structure of a long `RUN`
            harder to follow; tabs mixed with spaces render differently in every editor and diff viewer.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update \
                && apt-get install -y --no-install-recommends curl \
                 && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update \
                && apt-get install -y --no-install-recommends curl \
                && rm -rf /var/lib/apt/lists/*
            ```

            ## Fix safety
            One finding per instruction, at its first inconsistent line (the message counts the others). The fix
            gives every inconsistent line the first continuation line's indentation, and is only offered when that
            is unambiguous for each of them: spaces only, one column off the first continuation line and not one
            column off any other indentation the instruction uses, and not some lines one column to the left and
            others one column to the right (an `if` at 3 and its `fi` at 5 would end up level). Indentation that mixes tabs and spaces gets no
            fix: a tab has no fixed width, so the nesting it means (an `if` body, a package list) cannot be known,
            and flattening it to one level would change the structure a reader sees. Lines are only changed
            outside quoted strings and both indentations are non-empty, so words are neither joined nor split and
            the instruction means the same.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<Instruction>(Check);

    private static void Check(Instruction instruction, RuleContext context)
    {
        if (instruction.Kind == InstructionKind.Onbuild) return;   // its trigger is checked on its own
        var source = context.Source;
        int logicalEnd = Math.Max(instruction.ArgumentsSpan.End, instruction.Keyword.Span.End) - 1;
        int lastLine = source.GetLinePosition(logicalEnd).Line;
        if (lastLine <= instruction.StartLine) return;
        var quoted = QuotedLineStarts(instruction, context, lastLine);
        if (!HasAccidentalIndent(source, instruction.StartLine + 1, lastLine, quoted)) return;   // the usual case, nothing allocated
        var lines = new List<(int Start, string Indent)>();
        for (int line = instruction.StartLine + 1; line <= lastLine; line++)
        {
            string text = source.GetLineText(line);
            string trimmed = text.TrimStart(' ', '\t');
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || IsQuoted(quoted, instruction.StartLine, line)) continue;
            lines.Add((source.GetLineStart(line), text[..(text.Length - trimmed.Length)]));
        }
        if (lines.Count < 2 || lines[0].Indent.Length == 0) return;
        string first = lines[0].Indent;
        var accidental = lines.Skip(1).Where(l => l.Indent.Length > 0 && IsAccidental(l.Indent, first)).ToList();
        if (accidental.Count == 0) return;

        // The levels the other lines use; a line is only re-indented when the level it was meant for is unambiguous.
        var levels = lines.Except(accidental).Select(l => l.Indent).ToHashSet(StringComparer.Ordinal);
        // Lines one column to the left and others one to the right were apart by two: making them equal would
        // change the nesting they show (an "if" at 3 and its "fi" at 5).
        bool bothSides = accidental.Any(l => l.Indent.Length < first.Length) && accidental.Any(l => l.Indent.Length > first.Length);
        Fix? fix = !bothSides && accidental.All(l => IsUnambiguouslyFirst(l.Indent, first, levels))
            ? context.CreateFix([.. accidental.Select(l => new TextEdit(new TextSpan(l.Start, l.Indent.Length), first))])
            : null;
        var (start, indent) = accidental[0];
        string more = accidental.Count switch
        {
            1 => "",
            2 => "; 1 more line of this instruction is indented inconsistently",
            _ => $"; {accidental.Count - 1} more lines of this instruction are indented inconsistently",
        };
        context.Report(new TextSpan(start, indent.Length), fix, Describe(indent), Describe(first), more);
    }

    /// <summary>
    /// The test of <see cref="Check"/> without its allocations: true when a continuation line (not blank, not a
    /// comment, not inside quotes) is indented accidentally against the first such line.
    /// </summary>
    private static bool HasAccidentalIndent(SourceText source, int firstLine, int lastLine, bool[]? quoted)
    {
        string text = source.Text;
        int firstLength = -1;
        bool firstTabs = false, firstSpaces = false;
        for (int line = firstLine; line <= lastLine; line++)
        {
            if (IsQuoted(quoted, firstLine - 1, line)) continue;
            int start = source.GetLineStart(line);
            int end = line < source.LineCount ? source.GetLineStart(line + 1) : text.Length;
            while (end > start && text[end - 1] is '\n' or '\r') end--;
            int i = start;
            bool tabs = false, spaces = false;
            for (; i < end && text[i] is ' ' or '\t'; i++)
            {
                if (text[i] == '\t') tabs = true;
                else spaces = true;
            }
            if (i == end || text[i] == '#') continue;
            int length = i - start;
            if (firstLength < 0)
            {
                if (length == 0) return false;
                (firstLength, firstTabs, firstSpaces) = (length, tabs, spaces);
                continue;
            }
            if (length > 0 && (tabs != firstTabs || spaces != firstSpaces || (Math.Abs(length - firstLength) == 1 && !tabs))) return true;
        }
        return false;
    }

    // Spaces only, one column off the first continuation line's spaces, and not one column off any other level in
    // use (with levels 4 and 6 a 5 could belong to either, and choosing would change the visible nesting). Tabs
    // mixed with spaces have no known width, so the depth they mean is ambiguous and is never rewritten.
    private static bool IsUnambiguouslyFirst(string indent, string first, HashSet<string> levels)
    {
        if (indent.Contains('\t') || first.Contains('\t') || Math.Abs(indent.Length - first.Length) != 1) return false;
        foreach (var level in levels)
            if (level != first && !level.Contains('\t') && Math.Abs(level.Length - indent.Length) <= 1) return false;
        return true;
    }

    private static bool IsAccidental(string indent, string first)
    {
        bool tabs = indent.Contains('\t'), firstTabs = first.Contains('\t');
        bool spaces = indent.Contains(' '), firstSpaces = first.Contains(' ');
        if (tabs != firstTabs || spaces != firstSpaces) return true;
        return Math.Abs(indent.Length - first.Length) == 1 && !tabs;
    }

    private static string Describe(string indent)
    {
        int tabs = indent.Count(c => c == '\t'), spaces = indent.Length - tabs;
        return (tabs, spaces) switch
        {
            (0, 1) => "with 1 space",
            (0, _) => $"with {spaces} spaces",
            (1, 0) => "with 1 tab",
            (_, 0) => $"with {tabs} tabs",
            _ => $"with {Count(tabs, "tab")} and {Count(spaces, "space")}",
        };
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static bool IsQuoted(bool[]? quoted, int startLine, int line) =>
        quoted is not null && line - startLine < quoted.Length && quoted[line - startLine];

    /// <summary>
    /// Which lines start inside a quoted string of the instruction's physical text, by line less the instruction's
    /// <see cref="Instruction.StartLine"/>; null when the instruction has no quote character at all (most instructions).
    /// </summary>
    private static bool[]? QuotedLineStarts(Instruction instruction, RuleContext context, int lastLine)
    {
        string text = context.Source.Text;
        char escape = context.Syntax.EscapeCharacter;
        int end = Math.Max(instruction.ArgumentsSpan.End, instruction.Keyword.Span.End);
        int from = Math.Min(instruction.Span.Start, text.Length);
        if (text.AsSpan(from, Math.Clamp(end, from, text.Length) - from).IndexOfAny('\'', '"') < 0) return null;
        var result = new bool[lastLine - instruction.StartLine + 1];
        char quote = '\0';
        int line = instruction.StartLine;
        for (int i = instruction.Span.Start; i < end && i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') { line++; if (quote != '\0' && line - instruction.StartLine < result.Length) result[line - instruction.StartLine] = true; continue; }
            if (c == escape && quote != '\'' && i + 1 < end && text[i + 1] != '\n' && text[i + 1] != '\r') { i++; continue; }
            if (quote == '\0' && c is '\'' or '"') quote = c;
            else if (c == quote) quote = '\0';
        }
        return result;
    }
}
