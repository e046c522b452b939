using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// Entry points of the shell analysis: parse RUN shell form, exec form and heredoc bodies into a
/// <see cref="ShellScript"/> whose spans point into the original Dockerfile. Never throws: syntax problems are
/// reported in <see cref="ShellScript.Errors"/> and parsing continues.
/// </summary>
public static class ShellParser
{
    private static readonly ConditionalWeakTable<RunInstruction, ShellScript> RunCache = new();
    private static readonly ConditionalWeakTable<CommandForm, ShellScript> CommandCache = new();

    /// <summary>Parses <paramref name="text"/> whose offset 0 is file offset <paramref name="fileOffset"/> (contiguous text).</summary>
    public static ShellScript Parse(string text, int fileOffset = 0) => Parse(text, SourceMap.Contiguous(fileOffset));

    /// <summary>Parses shell text (e.g. <see cref="ShellForm.Text"/>) using <paramref name="map"/> to place spans in the file.</summary>
    public static ShellScript Parse(string text, SourceMap map)
    {
        text ??= "";
        var sink = ParseSink.Rent();
        Guard(sink, () => new ShellSyntaxParser(text, ShellTextMap.Of(map), sink, ShellCommandContext.TopLevel).Run());
        return Build(text, sink, isExecForm: false);
    }

    /// <summary>
    /// Parses a shell-form or exec-form command; null gives <see cref="ShellScript.Empty"/>. The result is cached
    /// per <see cref="CommandForm"/> instance, so rules can call this freely.
    /// </summary>
    public static ShellScript Parse(CommandForm? command) => command switch
    {
        null => ShellScript.Empty,
        _ => CommandCache.GetValue(command, static c => c switch
        {
            ShellForm shell => Parse(shell.Text, shell.Map),
            ExecForm exec => ParseExec(exec.Elements),
            _ => ShellScript.Empty,
        }),
    };

    /// <summary>
    /// Treats exec-form elements as one command whose arguments are the elements (values are literal: exec form
    /// does no expansion). When the command is a shell with <c>-c</c> (<c>["sh", "-c", "apt-get update"]</c>) the
    /// script argument is parsed too, its commands following the shell command.
    /// </summary>
    public static ShellScript ParseExec(IReadOnlyList<Word> elements)
    {
        if (elements is null || elements.Count == 0) return ShellScript.Empty;
        var sink = ParseSink.Rent();
        var words = ImmutableArray.CreateBuilder<ShellWord>(elements.Count);
        foreach (var element in elements)
        {
            string value = element.Text;
            var span = element.Span;
            var offsets = new int[value.Length];
            bool plain = span.Length == value.Length + 2;
            for (int i = 0; i < offsets.Length; i++) offsets[i] = plain ? span.Start + 1 + i : span.Start;
            words.Add(ShellWord.Literal(value, value, offsets, span));
        }
        var all = words.ToImmutable();
        var commandSpan = TextSpan.FromBounds(all[0].Span.Start, Math.Max(all[0].Span.Start, all[^1].Span.End));
        var command = new ShellCommand(all, [], [], commandSpan, ShellCommandContext.TopLevel);
        var pipeline = new ShellPipeline { Commands = [command], ElementCount = 1, Span = commandSpan };
        command.Pipeline = pipeline;
        sink.Pipelines.Add(pipeline);
        Guard(sink, () => ShellSyntaxParser.AddCommand(sink, command));
        return Build(string.Join(' ', elements.Select(e => e.Text)), sink, isExecForm: true);
    }

    /// <summary>Parses a heredoc body as a shell script (spans land inside <see cref="Heredoc.ContentSpan"/>).</summary>
    public static ShellScript ParseHeredoc(Heredoc heredoc) => Parse(heredoc.Content, SourceMap.Contiguous(heredoc.ContentSpan.Start));

    /// <summary>
    /// Analyses a whole RUN: its command (shell or exec form) plus every heredoc body the shell itself runs — a
    /// heredoc that is the whole command (<c>RUN &lt;&lt;EOF</c>, unless the body starts with a non-shell
    /// <c>#!</c> line) or that feeds a shell without a script argument (<c>RUN bash &lt;&lt;EOF</c>). Bodies fed to
    /// other programs (<c>python3 &lt;&lt;EOF</c>, <c>cat &gt;f &lt;&lt;EOF</c>) are not parsed; their text is
    /// available as <see cref="ShellRedirection.HeredocBody"/> of the matching redirection.
    /// The result is cached per <see cref="RunInstruction"/> instance, so every rule can call this freely.
    /// </summary>
    public static ShellScript ParseRun(RunInstruction run) => RunCache.GetValue(run, ParseRunUncached);

    /// <summary><see cref="ParseRun"/> without its cache (the linter keeps one script per RUN of the file it lints).</summary>
    internal static ShellScript ParseRunUncached(RunInstruction run)
    {
        if (run.Command is not ShellForm shell) return Parse(run.Command);
        var sink = ParseSink.Rent();
        try
        {
            ParseRunInto(run, shell, sink);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            AddInternalError(sink, ex);
        }
        return Build(shell.Text, sink, isExecForm: false);
    }

    private static void ParseRunInto(RunInstruction run, ShellForm shell, ParseSink sink)
    {
        new ShellSyntaxParser(shell.Text, ShellTextMap.Of(shell.Map), sink, ShellCommandContext.TopLevel).Run();
        if (run.Heredocs.IsEmpty) return;

        var markers = sink.Commands
            .SelectMany(c => c.Redirections.Where(r => r.IsHeredoc && r.Target is not null).Select(r => (Command: c, Redirection: r)))
            .ToList();
        foreach (var heredoc in run.Heredocs)
        {
            int index = markers.FindIndex(m => m.Redirection.Target!.UnquotedText == heredoc.Name);
            if (index < 0) continue;
            var (owner, redirection) = markers[index];
            markers.RemoveAt(index);
            redirection.HeredocBody = heredoc.Content;
            redirection.HeredocBodySpan = heredoc.ContentSpan;
            if (!RunsBodyAsShell(owner, heredoc.Content)) continue;
            new ShellSyntaxParser(heredoc.Content, ShellTextMap.Of(SourceMap.Contiguous(heredoc.ContentSpan.Start)), sink,
                ShellCommandContext.TopLevel).Run();
        }
    }

    private static bool RunsBodyAsShell(ShellCommand owner, string body)
    {
        if (owner.NameWord is null)
        {
            if (!body.StartsWith("#!", StringComparison.Ordinal)) return true;
            var shebang = body[2..].Split('\n')[0].Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (shebang.Length == 0) return true;
            string interpreter = ShellDialect.ExecutableName(shebang[0]);
            if (interpreter == "env" && shebang.Length > 1) interpreter = ShellDialect.ExecutableName(shebang[^1]);
            return ShellDialect.IsShell(interpreter);
        }
        var effective = owner.Effective;
        return ShellDialect.IsShell(effective.BaseName) && !owner.HasFlag("c") && owner.PositionalArguments.IsEmpty;
    }

    private static void Guard(ParseSink sink, Action parse)
    {
        try
        {
            parse();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            AddInternalError(sink, ex);
        }
    }

    // The parser is designed not to throw; if it ever does, keep what was found and say so.
    private static void AddInternalError(ParseSink sink, Exception ex) =>
        sink.Errors.Add(new ShellParseError("internal parser error: " + ex.Message, default));

    /// <summary>The script of what <paramref name="sink"/> collected; the sink goes back to the thread's pool.</summary>
    private static ShellScript Build(string text, ParseSink sink, bool isExecForm)
    {
        var script = new ShellScript(text, [.. sink.Commands], [.. sink.Pipelines], [.. sink.Errors], isExecForm)
        {
            AndOrLists = [.. sink.AndOrLists],
            ForLoops = [.. sink.ForLoops],
        };
        ParseSink.Return(sink);
        return script;
    }
}
