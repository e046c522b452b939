using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>Collects what one parse produces across nested parsers (substitutions, <c>sh -c</c> scripts, heredoc bodies).</summary>
internal sealed class ParseSink
{
    internal const int MaxDepth = 64;

    internal List<ShellCommand> Commands { get; } = [];
    internal List<ShellPipeline> Pipelines { get; } = [];
    internal List<ShellParseError> Errors { get; } = [];
    internal List<ShellAndOrList> AndOrLists { get; } = [];
    internal List<ShellForLoop> ForLoops { get; } = [];
    internal int Depth { get; set; }

    // One sink per thread is kept between parses (a file has many RUNs, each parsed once): its lists, word builders
    // and strings are reused instead of made anew for every RUN.
    [ThreadStatic] private static ParseSink? t_free;

    /// <summary>Lists longer than this are not kept for the next parse (one huge RUN should not pin its arrays).</summary>
    private const int MaxKeptItems = 4096;

    /// <summary>The thread's kept sink when it is free, else a new one; hand it back with <see cref="Return"/>.</summary>
    internal static ParseSink Rent()
    {
        var sink = t_free;
        if (sink is null) return new ParseSink();
        t_free = null;
        return sink;
    }

    /// <summary>Keeps <paramref name="sink"/> for the next parse on this thread; what it found must be copied out already.</summary>
    internal static void Return(ParseSink sink)
    {
        if (sink.Commands.Capacity > MaxKeptItems || sink.Pipelines.Capacity > MaxKeptItems || sink.Errors.Capacity > MaxKeptItems
            || sink.AndOrLists.Capacity > MaxKeptItems || sink.ForLoops.Capacity > MaxKeptItems)
            return;
        sink.Commands.Clear();
        sink.Pipelines.Clear();
        sink.Errors.Clear();
        sink.AndOrLists.Clear();
        sink.ForLoops.Clear();
        sink.Depth = 0;
        // A parse that failed part-way may leave frames behind.
        if (!(sink._words?.TryClear(MaxKeptItems) ?? true) || !(sink._assignments?.TryClear(MaxKeptItems) ?? true)
            || !(sink._redirections?.TryClear(MaxKeptItems) ?? true) || !(sink._commands?.TryClear(MaxKeptItems) ?? true)
            || !(sink._pipelines?.TryClear(MaxKeptItems) ?? true) || !(sink._operators?.TryClear(MaxKeptItems) ?? true))
            return;
        if (sink._freeWordBuilders is { } builders)
            foreach (var builder in builders)
                if (!builder.IsSmall(MaxKeptItems))
                {
                    builders.Clear();
                    break;
                }
        if (sink._strings is { Count: > MaxKeptStrings }) sink._strings.Clear();
        t_free = sink;
    }

    // Word texts and variable names repeat across the RUNs of a file and across files (apt-get, install, -y, HOME):
    // short ones are shared through this set, kept with the sink, rather than cut out of the script each time.
    private HashSet<string>? _strings;
    private const int MaxSharedLength = 32;
    private const int MaxKeptStrings = 16_384;

    /// <summary>The string of <paramref name="text"/>, the same instance as an earlier equal one when it is short.</summary>
    internal string StringOf(string text, int start, int length)
    {
        if (length == 0) return "";
        if (length > MaxSharedLength) return text.Substring(start, length);
        _strings ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan(start, length);
        if (lookup.TryGetValue(span, out var found)) return found;
        string made = span.Length == text.Length ? text : text.Substring(start, length);
        _strings.Add(made);
        return made;
    }

    private Stack<ShellSyntaxParser.WordBuilder>? _freeWordBuilders;

    /// <summary>Word builders not in use, shared by the parsers of one parse.</summary>
    internal Stack<ShellSyntaxParser.WordBuilder> FreeWordBuilders => _freeWordBuilders ??= new();

    // Scratch lists the parsers of one parse share while they collect the parts of a command, pipeline or list,
    // instead of a builder per command: nested constructs use the space after the enclosing one's (see Scratch).
    private Scratch<ShellWord>? _words;
    private Scratch<ShellAssignment>? _assignments;
    private Scratch<ShellRedirection>? _redirections;
    private Scratch<ShellCommand>? _commands;
    private Scratch<ShellPipeline>? _pipelines;
    private Scratch<(ShellOperator, TextSpan)>? _operators;

    internal Scratch<ShellWord> Words => _words ??= new();
    internal Scratch<ShellAssignment> Assignments => _assignments ??= new();
    internal Scratch<ShellRedirection> Redirections => _redirections ??= new();
    internal Scratch<ShellCommand> PipelineCommands => _commands ??= new();
    internal Scratch<ShellPipeline> ListPipelines => _pipelines ??= new();
    internal Scratch<(ShellOperator, TextSpan)> ListOperators => _operators ??= new();
}

/// <summary>
/// A list used as a stack of frames: a construct notes <see cref="Mark"/>, adds its items, and takes them back out
/// with <see cref="Take"/>. A construct nested inside (a <c>$(…)</c> in a word) adds and takes its own items
/// before the enclosing one adds more, so the frames never interleave.
/// </summary>
internal sealed class Scratch<T>
{
    private readonly List<T> _items = [];

    /// <summary>Where a new frame starts.</summary>
    public int Mark => _items.Count;

    /// <summary>Adds an item to the current frame.</summary>
    public void Add(T item) => _items.Add(item);

    /// <summary>The number of items of the frame that started at <paramref name="mark"/>.</summary>
    public int CountSince(int mark) => _items.Count - mark;

    /// <summary>Empties the list; false when it has grown past <paramref name="maxCapacity"/> (not worth keeping).</summary>
    public bool TryClear(int maxCapacity)
    {
        _items.Clear();
        return _items.Capacity <= maxCapacity;
    }

    /// <summary>The items of the frame that started at <paramref name="mark"/>, removed from the list.</summary>
    public ImmutableArray<T> Take(int mark)
    {
        int count = _items.Count - mark;
        if (count <= 0) return [];
        var result = ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(_items).Slice(mark, count));
        _items.RemoveRange(mark, count);
        return result;
    }
}
