using System.Buffers;

namespace Dockerfile.Linter.Matching;

/// <summary>
/// A glob compiled to a small forward-only NFA and run by simulating every state at once (no backtracking), so a match
/// costs at most O(text × steps) whatever the pattern: <c>*a*a*a*a*b</c> against a long run of <c>a</c> is as cheap as
/// <c>*</c>. Shell patterns (<c>${v#p}</c>), COPY source globs and .dockerignore patterns are all compiled to this.
/// </summary>
/// <remarks>
/// State <c>i</c> is "before step <c>i</c>"; the last state accepts. A single step consumes one character that passes
/// its test; a repeated step consumes any number of them (a loop plus an empty edge to the next state); an empty step
/// consumes nothing and has empty edges to the next state and to <see cref="GlobStep.SkipTo"/> (so <c>(.*/)?</c> is
/// empty→{loop, after}, loop, <c>/</c>). All edges but loops point forward, so one left-to-right sweep closes a state
/// set over its empty edges.
/// </remarks>
internal sealed class GlobAutomaton
{
    private const int StackLimit = 256;
    private readonly GlobStep[] _steps;

    public GlobAutomaton(IEnumerable<GlobStep> steps)
    {
        _steps = [.. steps];
    }

    /// <summary>
    /// A pattern where <c>*</c> is any run of characters and <c>?</c> any one character (neither a newline), everything
    /// else literal: the regex <c>^…$</c> with <c>.*</c> and <c>.</c>.
    /// </summary>
    public static GlobAutomaton FromWildcards(string pattern)
    {
        var steps = new List<GlobStep>(pattern.Length);
        foreach (char c in pattern)
        {
            if (c == '*')
            {
                if (steps.Count == 0 || !steps[^1].Repeat) steps.Add(GlobStep.AnyBut('\n', repeat: true));
            }
            else steps.Add(c == '?' ? GlobStep.AnyBut('\n') : GlobStep.Literal(c));
        }
        return new GlobAutomaton(steps);
    }

    /// <summary>The number of steps (the accepting state's index).</summary>
    public int StepCount => _steps.Length;

    /// <summary>True when the whole of <paramref name="text"/> matches.</summary>
    public bool IsMatch(ReadOnlySpan<char> text) => Run(text, 0, Mode.Whole, out _, out _);

    /// <summary>
    /// The length of the shortest (or, when <paramref name="longest"/>, the longest) prefix of <paramref name="text"/>
    /// that matches, or -1 when none does.
    /// </summary>
    public int MatchPrefix(ReadOnlySpan<char> text, bool longest) =>
        Run(text, 0, longest ? Mode.LongestPrefix : Mode.ShortestPrefix, out _, out int end) ? end : -1;

    /// <summary>
    /// The leftmost match starting at or after <paramref name="from"/>, longest among those starting there (what Go's
    /// leftmost-first regexp search finds for a glob whose stars are greedy).
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> text, int from, out int start, out int end) =>
        Run(text, from, Mode.Search, out start, out end);

    private enum Mode { Whole, ShortestPrefix, LongestPrefix, Search }

    // Each state slot holds 1 + the start position of the leftmost thread in that state, or 0 when inactive.
    private bool Run(ReadOnlySpan<char> text, int from, Mode mode, out int matchStart, out int matchEnd)
    {
        int size = _steps.Length + 1;
        int[]? rented = size * 2 > StackLimit ? ArrayPool<int>.Shared.Rent(size * 2) : null;
        Span<int> buffer = rented is null ? stackalloc int[size * 2] : rented.AsSpan(0, size * 2);
        try
        {
            return Simulate(text, from, mode, buffer[..size], buffer[size..], out matchStart, out matchEnd);
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        }
    }

    private bool Simulate(ReadOnlySpan<char> text, int from, Mode mode, Span<int> current, Span<int> next,
        out int matchStart, out int matchEnd)
    {
        int accept = _steps.Length;
        matchStart = -1;
        matchEnd = -1;
        current.Clear();
        current[0] = from + 1;
        Close(current, text, from);
        for (int position = from; ; position++)
        {
            if (current[accept] != 0)
            {
                int start = current[accept] - 1;
                if (mode == Mode.ShortestPrefix || (mode == Mode.Whole && position == text.Length))
                {
                    matchStart = start;
                    matchEnd = position;
                    return true;
                }
                if (mode != Mode.Whole && (matchStart < 0 || start < matchStart || (start == matchStart && position > matchEnd)))
                {
                    matchStart = start;
                    matchEnd = position;
                }
            }
            if (position == text.Length) break;

            // In a search, threads that started after the best match so far can no longer win.
            bool anyAlive = false;
            next.Clear();
            char c = text[position];
            for (int state = 0; state < accept; state++)
            {
                int thread = current[state];
                if (thread == 0 || (matchStart >= 0 && thread - 1 > matchStart)) continue;
                ref readonly var step = ref _steps[state];
                if (!step.Accepts(c)) continue;
                Merge(next, step.Repeat ? state : state + 1, thread);
                anyAlive = true;
            }
            if (mode == Mode.Search && matchStart < 0)
            {
                Merge(next, 0, position + 2);
                anyAlive = true;
            }
            if (!anyAlive) break;
            Close(next, text, position + 1);
            var swap = current;
            current = next;
            next = swap;
        }
        return matchStart >= 0;
    }

    private void Close(Span<int> states, ReadOnlySpan<char> text, int position)
    {
        for (int state = 0; state < _steps.Length; state++)
        {
            int thread = states[state];
            if (thread == 0) continue;
            ref readonly var step = ref _steps[state];
            if (step.Repeat || step.Kind == GlobStepKind.Empty) Merge(states, state + 1, thread);
            if (step.Kind == GlobStepKind.Empty && step.SkipTo > state) Merge(states, step.SkipTo, thread);
            if (step.Kind == GlobStepKind.Assert && Holds(step.Char, text, position)) Merge(states, state + 1, thread);
        }
    }

    // RE2's empty-width assertions without flags: ^ and \A begin the text, $ and \z end it, \b and \B are ASCII word boundaries.
    private static bool Holds(char assertion, ReadOnlySpan<char> text, int position) => assertion switch
    {
        'A' => position == 0,
        'z' => position == text.Length,
        'b' => IsWordAt(text, position - 1) != IsWordAt(text, position),
        'B' => IsWordAt(text, position - 1) == IsWordAt(text, position),
        _ => false,
    };

    private static bool IsWordAt(ReadOnlySpan<char> text, int index) =>
        index >= 0 && index < text.Length && (char.IsAsciiLetterOrDigit(text[index]) || text[index] == '_');

    private static void Merge(Span<int> states, int state, int thread)
    {
        if (states[state] == 0 || thread < states[state]) states[state] = thread;
    }
}

/// <summary>One step of a <see cref="GlobAutomaton"/>: which characters it consumes, whether it repeats, where it may skip to.</summary>
internal readonly record struct GlobStep(GlobStepKind Kind, char Char, bool Repeat = false, int SkipTo = -1, CharClass? Class = null)
{
    /// <summary>Exactly <paramref name="c"/>.</summary>
    public static GlobStep Literal(char c) => new(GlobStepKind.Literal, c);

    /// <summary>Any character but <paramref name="excluded"/>, once (or any number of times when <paramref name="repeat"/>).</summary>
    public static GlobStep AnyBut(char excluded, bool repeat = false) => new(GlobStepKind.AnyBut, excluded, repeat);

    /// <summary>Nothing consumed: on to the next step, or straight to step <paramref name="skipTo"/>.</summary>
    public static GlobStep Optional(int skipTo) => new(GlobStepKind.Empty, '\0', SkipTo: skipTo);

    /// <summary>
    /// Consumes nothing and goes on only where <paramref name="assertion"/> holds: <c>A</c> (start of the text),
    /// <c>z</c> (end), <c>b</c> (ASCII word boundary), <c>B</c> (not a word boundary).
    /// </summary>
    public static GlobStep Assert(char assertion) => new(GlobStepKind.Assert, assertion);

    /// <summary>A character of <paramref name="set"/>, once.</summary>
    public static GlobStep InClass(CharClass set) => new(GlobStepKind.Class, '\0', Class: set);

    public bool Accepts(char c) => Kind switch
    {
        GlobStepKind.Literal => c == Char,
        GlobStepKind.AnyBut => c != Char,
        GlobStepKind.Class => Class!.Contains(c),
        _ => false,
    };
}

/// <summary>How a <see cref="GlobStep"/> tests a character.</summary>
internal enum GlobStepKind
{
    /// <summary>Equal to the step's character.</summary>
    Literal,
    /// <summary>Different from the step's character.</summary>
    AnyBut,
    /// <summary>In the step's class.</summary>
    Class,
    /// <summary>Consumes nothing (an optional group's entry).</summary>
    Empty,
    /// <summary>Consumes nothing; passes only where the step's assertion holds (see <see cref="GlobStep.Assert"/>).</summary>
    Assert,
}

/// <summary>
/// A bracket expression: inclusive character ranges and Unicode general categories (<c>\pL</c>), possibly negated.
/// </summary>
internal sealed class CharClass(IReadOnlyList<(char Low, char High)> ranges, bool negated, long categories = 0)
{
    private readonly (char Low, char High)[] _ranges = [.. ranges];

    /// <summary>A mask with one bit per <see cref="System.Globalization.UnicodeCategory"/> value.</summary>
    public static long CategoryBit(System.Globalization.UnicodeCategory category) => 1L << (int)category;

    public bool Contains(char c)
    {
        foreach (var (low, high) in _ranges)
            if (c >= low && c <= high) return !negated;
        if (categories != 0 && (categories & CategoryBit(char.GetUnicodeCategory(c))) != 0) return !negated;
        return negated;
    }
}
