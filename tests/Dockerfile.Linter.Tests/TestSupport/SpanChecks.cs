using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.TestSupport;

/// <summary>Structural checks of a syntax tree's spans, shared by corpus, property and unit tests.</summary>
public static class SpanChecks
{
    /// <summary>Describes every span that lies outside the text, outside its instruction, or breaks the tiling.</summary>
    public static IEnumerable<string> Check(DockerfileSyntax syntax)
    {
        int length = syntax.Source.Length;
        int expectedStart = 0;
        foreach (var element in syntax.Elements)
        {
            var full = DockerfileSyntax.GetFullSpan(element);
            if (full.Start != expectedStart) yield return $"element {element.GetType().Name} full span {full} does not start at {expectedStart}";
            expectedStart = full.End;
            if (!full.Contains(element.Span)) yield return $"element {element.GetType().Name} span {element.Span} outside full span {full}";
        }
        if (expectedStart != length) yield return $"elements end at {expectedStart}, text length {length}";

        foreach (var instruction in syntax.Instructions)
            foreach (var problem in CheckInstruction(instruction, length))
                yield return problem;
        foreach (var d in syntax.Diagnostics)
            if (d.Span.Start < 0 || d.Span.End > length) yield return $"diagnostic {d.Id} span {d.Span} outside text";
    }

    private static IEnumerable<string> CheckInstruction(Instruction instruction, int length)
    {
        var outer = instruction.Span;
        string name = $"{instruction.Keyword.Text}@{instruction.StartLine}";
        if (outer.Start < 0 || outer.End > length) yield return $"{name}: span {outer} outside text";
        if (instruction.StartLine > instruction.EndLine) yield return $"{name}: start line after end line";
        foreach (var (label, span) in Parts(instruction))
            if (!outer.Contains(span)) yield return $"{name}: {label} span {span} not inside {outer}";
    }

    private static IEnumerable<(string, TextSpan)> Parts(Instruction instruction)
    {
        yield return ("keyword", instruction.Keyword.Span);
        yield return ("arguments", instruction.ArgumentsSpan);
        foreach (var f in instruction.Flags)
        {
            yield return ("flag", f.Span);
            yield return ("flag name", f.NameSpan);
            if (f.ValueSpan is { } v) yield return ("flag value", v);
        }
        foreach (var h in instruction.Heredocs)
        {
            yield return ("heredoc marker", h.MarkerSpan);
            yield return ("heredoc content", h.ContentSpan);
            yield return ("heredoc terminator", h.TerminatorSpan);
        }
        IEnumerable<SyntaxNode> nodes = instruction switch
        {
            FromInstruction f => f.Words.Cast<SyntaxNode>().Concat(f.Image is null ? [] : [f.Image]),
            FileTransferInstruction t => t.Words,
            VolumeInstruction v => v.Paths,
            ExposeInstruction e => e.Ports,
            KeyValueInstruction kv => kv.Pairs.SelectMany(p => new SyntaxNode[] { p, p.Key, p.Value }),
            ArgInstruction a => a.Declarations.SelectMany(d => new SyntaxNode?[] { d, d.Name, d.DefaultValue }).OfType<SyntaxNode>(),
            RunInstruction r => Command(r.Command).Concat(r.Mounts.SelectMany(m => m.Options.Cast<SyntaxNode>().Append(m))),
            CmdInstruction c => Command(c.Command),
            EntrypointInstruction en => Command(en.Command),
            ShellInstruction s => Command(s.Command),
            HealthcheckInstruction h => Command(h.Command).Concat(h.Type is null ? [] : [h.Type]),
            UserInstruction u => new SyntaxNode?[] { u.Value, u.User, u.Group }.OfType<SyntaxNode>(),
            WorkdirInstruction w => w.Path is null ? [] : [w.Path],
            OnbuildInstruction o => o.Trigger is null ? [] : [o.Trigger],
            _ => [],
        };
        foreach (var node in nodes) yield return (node.GetType().Name, node.Span);
        if (instruction is OnbuildInstruction { Trigger: { } trigger })
            foreach (var part in Parts(trigger)) yield return ("trigger " + part.Item1, part.Item2);
    }

    private static IEnumerable<SyntaxNode> Command(CommandForm? command) => command switch
    {
        ExecForm e => e.Elements.Cast<SyntaxNode>().Append(e),
        ShellForm s => [s],
        _ => [],
    };
}
