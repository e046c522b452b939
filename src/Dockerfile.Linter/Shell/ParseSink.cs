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
