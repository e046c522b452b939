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
            hadolint cannot parse such files at all and reports DL1000. BuildKit reports one warning per instruction
            on its last line; this rule reports each blank line itself. Like BuildKit's whole-file checks, it is not
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

    // Physical lines between the instruction's first line and its last continued line that hold only blanks.
    private static void ReportBlankLines(string text, int start, int lastLineStart, RuleContext context)
    {
        int lineStart = NextLine(text, start);
        while (lineStart < lastLineStart)
        {
            int next = NextLine(text, lineStart);
            int contentEnd = lineStart;
            while (contentEnd < next && text[contentEnd] is not ('\r' or '\n')) contentEnd++;
            bool blank = true;
            for (int i = lineStart; i < contentEnd; i++)
                if (!char.IsWhiteSpace(text[i])) { blank = false; break; }
            if (blank)
            {
                var line = TextSpan.FromBounds(lineStart, contentEnd);
                context.Report(line, new Fix("Delete the empty continuation line", [new TextEdit(TextSpan.FromBounds(lineStart, next), "")]));
            }
            lineStart = next;
        }
    }

    private static int NextLine(string text, int position)
    {
        int newline = text.IndexOf('\n', position);
        return newline < 0 ? text.Length : newline + 1;
    }
}
