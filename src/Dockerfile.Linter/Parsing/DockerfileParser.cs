using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Parses Dockerfile text into a <see cref="DockerfileSyntax"/> exactly as BuildKit does. Never throws on bad input.</summary>
public static class DockerfileParser
{
    /// <summary>
    /// Reads an image reference (<c>[registry/]repository[:tag][@digest]</c>) with the grammar FROM's image is read
    /// with: for values known only later, such as an expanded <c>FROM $BASE</c> or a <c>COPY --from</c> image.
    /// When <paramref name="text"/> is as long as <paramref name="span"/>, the parts get their own ranges in it;
    /// otherwise (an expanded value) each part gets <paramref name="span"/>. Never throws.
    /// </summary>
    public static ImageReference ParseImageReference(string text, TextSpan span) =>
        ImageReferenceReader.Read(text ?? "", span);

    /// <summary>Parses <paramref name="text"/>; problems are reported in <see cref="DockerfileSyntax.Diagnostics"/>.</summary>
    public static DockerfileSyntax Parse(string text, string? path = null)
    {
        text ??= "";
        var source = new SourceText(text, path);
        var scanner = new LogicalLineScanner(source);
        var diagnostics = new List<ParseDiagnostic>();
        // every element takes at least one line: sized so, the array is not grown by doubling and, for a file of
        // one-line elements, is handed over without a copy
        int lines = text.Length > 0 && text[^1] == '\n' ? source.LineCount - 1 : source.LineCount;
        var elements = ImmutableArray.CreateBuilder<SyntaxNode>(lines);
        var comments = ImmutableArray.CreateBuilder<Comment>();
        var directives = ImmutableArray.CreateBuilder<ParserDirective>();
        int instructionCount = 0;

        ScannedKind scanned;
        while ((scanned = scanner.Next(out var trivia, out var line)) != ScannedKind.End)
        {
            if (scanned == ScannedKind.Trivia)
            {
                var node = BuildTrivia(text, scanner, trivia);
                elements.Add(node);
                if (node is Comment c) comments.Add(c);
                else if (node is ParserDirective d) directives.Add(d);
                continue;
            }
            var instruction = BuildInstruction(text, source, scanner, line, diagnostics);
            elements.Add(instruction);
            instructionCount++;
            if (SubstitutionDepth.Check(text, instruction.Span, scanner.Escape) is { } tooDeep) diagnostics.Add(tooDeep);
        }

        diagnostics.AddRange(scanner.Diagnostics);
        if (instructionCount == 0)
        {
            diagnostics.Add(new ParseDiagnostic
            {
                Id = ParseDiagnosticIds.NoInstructions, Severity = Severity.Error, Message = "file with no instructions",
                Span = new TextSpan(0, 0),
            });
        }

        var all = InstructionsOf(elements, instructionCount);
        var (globalArgs, stages) = BuildStages(all);
        return new DockerfileSyntax
        {
            Source = source,
            EscapeCharacter = scanner.Escape,
            Directives = directives.ToImmutable(),
            Comments = comments.ToImmutable(),
            Instructions = all,
            GlobalArgs = globalArgs,
            Stages = stages,
            Elements = elements.DrainToImmutable(),
            Diagnostics = diagnostics.Count == 0 ? [] : [.. diagnostics.OrderBy(d => d.Span.Start)],
        };
    }

    private static SyntaxNode BuildTrivia(string text, LogicalLineScanner scanner, TriviaLine trivia)
    {
        int index = trivia.LineIndex;
        int lineStart = scanner.LineStart(index);
        var full = TextSpan.FromBounds(lineStart, scanner.LineEnd(index));
        int contentStart = index == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : lineStart;
        int contentEnd = scanner.ContentEnd(index);
        int first = GoText.SkipSpace(text, contentStart, contentEnd);
        var span = TextSpan.FromBounds(first, contentEnd);
        switch (trivia.Kind)
        {
            case TriviaKind.Directive:
                var d = trivia.Directive!.Value;
                return new ParserDirective
                {
                    Name = d.Name, Value = d.Value, NameSpan = TextSpan.FromBounds(d.NameStart, d.NameEnd),
                    ValueSpan = TextSpan.FromBounds(d.ValueStart, d.ValueEnd), FullSpan = full, Span = span,
                };
            case TriviaKind.Comment:
                return new Comment { Text = scanner.Pool.Get(text, first + 1, contentEnd), FullSpan = full, Span = span };
            default:
                return new BlankLine { FullSpan = full, Span = TextSpan.FromBounds(contentStart, contentEnd) };
        }
    }

    private static Instruction BuildInstruction(string text, SourceText source, LogicalLineScanner scanner, LogicalLine line, List<ParseDiagnostic> diagnostics)
    {
        var specs = HeredocDetector.Detect(line.Text, scanner.Escape);
        int spanEnd = 0;
        var heredocs = specs.Count == 0 ? [] : ReadHeredocs(text, scanner, line, specs, diagnostics, out spanEnd);
        int lastLine = scanner.LastConsumedLine;
        var frame = new InstructionFrame(
            TextSpan.FromBounds(scanner.LineStart(line.FirstLineIndex), scanner.LineEnd(lastLine)),
            line.FirstLineIndex + 1, lastLine + 1, line.PrecedingComments,
            heredocs, spanEnd);
        var builder = new InstructionBuilder(line.Text, line.Map, scanner.Escape, diagnostics, source, scanner.Pool);
        var instruction = builder.Build(0, line.Text.Length, frame);
        if (line.HasEmptyContinuation)
        {
            int li = line.LastLineIndex;
            diagnostics.Add(new ParseDiagnostic
            {
                Id = ParseDiagnosticIds.EmptyContinuation, Severity = Severity.Warning,
                Message = "Empty continuation line found in: " + line.Text,
                Span = TextSpan.FromBounds(scanner.LineStart(li), scanner.ContentEnd(li)),
            });
        }
        return instruction;
    }

    // the bodies of the heredocs the line opens, read from the lines after it; spanEnd is where the last one ends
    private static ImmutableArray<Heredoc> ReadHeredocs(string text, LogicalLineScanner scanner, LogicalLine line,
        IReadOnlyList<HeredocSpec> specs, List<ParseDiagnostic> diagnostics, out int spanEnd)
    {
        var heredocs = ImmutableArray.CreateBuilder<Heredoc>(specs.Count);
        spanEnd = 0;
        bool reportedUnterminated = false;
        foreach (var spec in specs)
        {
            var body = scanner.ReadHeredoc(spec.Name, spec.Chomp);
            var marker = line.Map.ToSource(spec.MarkerStart, spec.MarkerEnd - spec.MarkerStart);
            if (!body.Terminated && !reportedUnterminated)
            {
                reportedUnterminated = true;
                diagnostics.Add(new ParseDiagnostic
                {
                    Id = ParseDiagnosticIds.UnterminatedHeredoc, Severity = Severity.Error, Message = "unterminated heredoc", Span = marker,
                });
            }
            var terminator = TextSpan.FromBounds(body.TerminatorStart, body.TerminatorEnd);
            int end = body.Terminated ? body.TerminatorEnd : body.ContentEnd;
            spanEnd = Math.Max(spanEnd, end);
            heredocs.Add(new Heredoc
            {
                Name = spec.Name, MarkerSpan = marker, FileDescriptor = spec.FileDescriptor, Expand = spec.Expand,
                Chomp = spec.Chomp, Content = text[body.ContentStart..body.ContentEnd],
                ContentSpan = TextSpan.FromBounds(body.ContentStart, body.ContentEnd), TerminatorSpan = terminator,
                Span = TextSpan.FromBounds(body.ContentStart, end),
            });
        }
        return heredocs.MoveToImmutable();
    }

    // the instructions among the elements, in an array of their exact count
    private static ImmutableArray<Instruction> InstructionsOf(ImmutableArray<SyntaxNode>.Builder elements, int count)
    {
        var all = new Instruction[count];
        int i = 0;
        foreach (var element in elements)
            if (element is Instruction instruction) all[i++] = instruction;
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    private static (ImmutableArray<ArgInstruction> GlobalArgs, ImmutableArray<Stage> Stages) BuildStages(ImmutableArray<Instruction> all)
    {
        var globalArgs = ImmutableArray.CreateBuilder<ArgInstruction>();
        var stages = ImmutableArray.CreateBuilder<Stage>();
        int i = 0;
        for (; i < all.Length && all[i] is not FromInstruction; i++)
            if (all[i] is ArgInstruction arg) globalArgs.Add(arg);
        while (i < all.Length)
        {
            var from = (FromInstruction)all[i];
            int next = i + 1;
            while (next < all.Length && all[next] is not FromInstruction) next++;
            // the body is copied once, at its exact size
            var body = next > i + 1 ? ImmutableArray.Create(all, i + 1, next - i - 1) : [];
            int end = body.Length > 0 ? Math.Max(from.Span.End, body[^1].Span.End) : from.Span.End;
            stages.Add(new Stage
            {
                Index = stages.Count, From = from, Name = from.StageName?.Text.ToLowerInvariant(),
                Instructions = body, Span = TextSpan.FromBounds(from.Span.Start, end),
            });
            i = next;
        }
        return (globalArgs.ToImmutable(), stages.ToImmutable());
    }
}
