using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6003: a blank line inside a line continuation (BuildKit's NoEmptyContinuation).</summary>
internal sealed class DF6003NoEmptyContinuation : Rule
{
    private const string ParserWarningId = "empty-continuation";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6003",
        Name = "empty-continuation-line",
        Title = "Do not leave blank lines inside a line continuation",
        MessageFormat = "Empty continuation line",
        Category = RuleCategory.Syntax,
        DefaultSeverity = Severity.Warning,
        Fix = FixAvailability.Always,
        FixTitle = "Delete the empty continuation lines",
        Aliases = ["NoEmptyContinuation"],
        Docs = """
            ## What it does
            Reports every line holding only blanks inside an instruction continued with `\` (or the escape
            character in effect). The parser skips such lines with a warning; this rule turns the warning into a
            finding, one per blank line, with a fix that deletes the line.

            ## Why
            BuildKit announces that empty continuation lines will become errors. They are also a trap: a blank line
            after `RUN a \` does not end the instruction, so the next line — even `RUN b` — is glued onto it as
            arguments.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            RUN apk add --no-cache \

                curl
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN apk add --no-cache \
                curl
            ```

            ## Differences from hadolint
            hadolint cannot parse such files at all and reports DL1000. As BuildKit does, this rule reports one finding
            per instruction, on its last physical line; the blank lines are listed with it as related locations. Like
            BuildKit's whole-file checks, it is not
            silenced by a `# check=skip=NoEmptyContinuation` comment above the instruction, only by the directive.

            ## Fix safety
            The fix is safe: the parser ignores blank lines inside a continuation, so deleting them leaves the
            instruction exactly as the builder already reads it (including a next line that was glued onto it).
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        foreach (var warning in syntax.Diagnostics)
        {
            if (warning.Id != ParserWarningId) continue;
            var instruction = syntax.Instructions.FirstOrDefault(
                i => i.FullSpan.Start <= warning.Span.Start && warning.Span.Start < i.FullSpan.End);
            if (instruction is null) continue;
            ReportBlankLines(syntax.Source.Text, instruction.FullSpan.Start, warning.Span.Start, context);
        }
    }

    // One finding per instruction, on its last physical line as BuildKit places it; the fix deletes every blank line
    // between the instruction's first line and that one, and each is listed as a related location.
    private static void ReportBlankLines(string text, int start, int lastLineStart, RuleContext context)
    {
        var blanks = new List<(TextSpan Line, TextSpan WithBreak)>();
        int lineStart = NextLine(text, start);
        while (lineStart < lastLineStart)
        {
            int next = NextLine(text, lineStart);
            int contentEnd = LineEnd(text, lineStart);
            bool blank = true;
            for (int i = lineStart; i < contentEnd; i++)
                if (!char.IsWhiteSpace(text[i])) { blank = false; break; }
            if (blank) blanks.Add((TextSpan.FromBounds(lineStart, contentEnd), TextSpan.FromBounds(lineStart, next)));
            lineStart = next;
        }
        if (blanks.Count == 0) return;
        int lastEnd = LineEnd(text, lastLineStart);
        int first = lastLineStart;
        while (first < lastEnd && text[first] is ' ' or '\t') first++;
        var where = first < lastEnd ? TextSpan.FromBounds(first, lastEnd) : TextSpan.FromBounds(lastLineStart, lastEnd);
        var fix = new Fix(blanks.Count == 1 ? "Delete the empty continuation line" : "Delete the empty continuation lines",
            [.. blanks.Select(b => new TextEdit(b.WithBreak, ""))]);
        context.Report(where, [.. blanks.Select(b => new RelatedSpan(b.Line, "empty continuation line"))], fix);
    }

    private static int LineEnd(string text, int lineStart)
    {
        int end = lineStart;
        while (end < text.Length && text[end] is not ('\r' or '\n')) end++;
        return end;
    }

    private static int NextLine(string text, int position)
    {
        int newline = text.IndexOf('\n', position);
        return newline < 0 ? text.Length : newline + 1;
    }
}
