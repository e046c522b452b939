using System.Collections.Immutable;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Facts about the list items (<see cref="ShellAndOrList"/>) of a RUN that the ShellCheck rules on negations and
/// <c>&amp;&amp; … ||</c> chains share: which items are tested as a condition, and which scripts run with errexit.
/// </summary>
internal sealed class ShellListStructure
{
    // Ranges whose exit status is tested, sorted by start, with the largest end up to each index: the left operands
    // of && and ||, and the last item of an if/elif/while/until condition. Whatever lies inside them is tested too.
    private readonly int[] _starts;
    private readonly int[] _maxEnds;
    private readonly ShellCheckScript _script;
    private readonly Dictionary<ShellScriptRoot, bool> _errexit = [];

    internal ShellListStructure(ShellCheckScript script)
    {
        _script = script;
        var spans = new List<TextSpan>();
        foreach (var list in script.Script.AndOrLists)
        {
            for (int i = 0; i < list.Pipelines.Length - 1; i++) spans.Add(list.Pipelines[i].Span);
            if (list.Kind == ShellListKind.Condition && list.IsLast) spans.Add(list.Span);
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        _starts = new int[spans.Count];
        _maxEnds = new int[spans.Count];
        int max = int.MinValue;
        for (int i = 0; i < spans.Count; i++)
        {
            _starts[i] = spans[i].Start;
            _maxEnds[i] = max = Math.Max(max, spans[i].End);
        }
    }

    /// <summary>
    /// True when the exit status of <paramref name="list"/> is tested: it is the last item of a condition, or it lies
    /// inside a command that is (<c>{ a; ! b; } || c</c>, <c>if x; then …; fi &amp;&amp; y</c>).
    /// </summary>
    public bool IsTested(ShellAndOrList list)
    {
        if (list.Kind == ShellListKind.Condition && list.IsLast) return true;
        int index = Array.BinarySearch(_starts, list.Span.Start);
        // The last range that starts strictly before the item.
        int before = index >= 0 ? LowerBound(index) - 1 : ~index - 1;
        return before >= 0 && _maxEnds[before] >= list.Span.End;
    }

    private int LowerBound(int index)
    {
        while (index > 0 && _starts[index - 1] == _starts[index]) index--;
        return index;
    }

    /// <summary>
    /// True when the script <paramref name="list"/> belongs to runs with errexit: it has <c>set -e</c> (or
    /// <c>set -o errexit</c>) anywhere, as ShellCheck reads it, or the shell running it was started with <c>-e</c>
    /// (the stage's SHELL for the RUN, <c>sh -ec '…'</c> for an inline script).
    /// </summary>
    public bool HasErrexit(ShellAndOrList list)
    {
        if (_errexit.TryGetValue(list.Root, out bool known)) return known;
        bool value = ComputeErrexit(list.Root);
        _errexit[list.Root] = value;
        return value;
    }

    private bool ComputeErrexit(ShellScriptRoot root)
    {
        bool inline = root.Context == ShellCommandContext.ShellArgument;
        if (!inline && _script.ShellErrexit) return true;
        foreach (var command in _script.Commands)
        {
            if (!Within(root.Span, command.Span.Start)) continue;
            if (!inline && command.Context == ShellCommandContext.ShellArgument) continue;
            if (command.Name == "set" && HasErrexitOption(command.Arguments, command.Arguments.Length))
                return true;
        }
        if (inline)
        {
            foreach (var command in _script.Commands)
            {
                if (ShellDialect.GetInlineScript(command) is not { } word || !Within(word.Span, root.Span.Start)) continue;
                var args = command.Effective.Arguments;
                int end = args.IndexOf(word);
                if (end > 0 && HasErrexitOption(args, end)) return true;
            }
        }
        return false;
    }

    private static bool Within(TextSpan span, int offset) => offset >= span.Start && offset < Math.Max(span.End, span.Start + 1);

    /// <summary>
    /// True when <paramref name="command"/> is the first element of a pipeline with a pipe (<c>cat f | …</c>);
    /// false for a command inside a compound element (<c>a | ( cd x; … )</c>), which is the first of its own list.
    /// </summary>
    internal static bool IsFirstOfPipe(ShellCommand command, SourceText source)
    {
        if (command.Pipeline is not { HasPipe: true } pipeline || pipeline.Commands.IsEmpty || !ReferenceEquals(pipeline.Commands[0], command))
            return false;
        int from = pipeline.IsNegated ? pipeline.NegationSpan.End : pipeline.Span.Start;
        for (int i = from; i < command.Span.Start && i < source.Length; i++)
            if (!char.IsWhiteSpace(source.Text[i]) && source.Text[i] != '\\') return false;
        return true;
    }

    /// <summary>True for SHELL arguments that start the shell with errexit (<c>-e</c>, <c>-eo pipefail</c>, <c>-o errexit</c>).</summary>
    internal static bool SetsErrexit(ImmutableArray<string> shell)
    {
        if (shell.IsDefaultOrEmpty) return false;
        var reader = new OptionReader();
        for (int i = 1; i < shell.Length; i++)
            if (reader.SetsErrexit(shell[i])) return true;
        return false;
    }

    /// <summary>True when the first <paramref name="count"/> of <paramref name="words"/> (shell or <c>set</c> options) turn errexit on.</summary>
    private static bool HasErrexitOption(ImmutableArray<ShellWord> words, int count)
    {
        var reader = new OptionReader();
        for (int i = 0; i < count; i++)
            if (reader.SetsErrexit(words[i].Value ?? "")) return true;
        return false;
    }

    /// <summary>Reads shell or <c>set</c> options one at a time: <c>-e</c>, alone or bundled, or <c>-o errexit</c>.</summary>
    private struct OptionReader
    {
        private bool _afterO;

        /// <summary>True when <paramref name="option"/>, read after the earlier ones, turns errexit on.</summary>
        public bool SetsErrexit(string option)
        {
            if (_afterO && option == "errexit") return true;
            _afterO = false;
            if (option.Length < 2 || option[0] != '-' || option[1] == '-') return false;
            for (int i = 1; i < option.Length; i++)
            {
                if (option[i] == 'e') return true;
                if (option[i] == 'o') _afterO = i == option.Length - 1;
            }
            return false;
        }
    }
}
