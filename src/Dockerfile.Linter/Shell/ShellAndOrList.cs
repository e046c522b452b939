using System.Collections.Immutable;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>Which list of a script an and-or list is an item of.</summary>
internal enum ShellListKind
{
    /// <summary>The top-level list of a script (a RUN, a heredoc body, the script of <c>sh -c '…'</c>).</summary>
    Script,
    /// <summary>The body of <c>( … )</c>.</summary>
    Subshell,
    /// <summary>The body of <c>{ …; }</c> that is not a function body.</summary>
    Group,
    /// <summary>The body of a function.</summary>
    FunctionBody,
    /// <summary>The condition of <c>if</c>, <c>elif</c>, <c>while</c> or <c>until</c>.</summary>
    Condition,
    /// <summary>The <c>then</c> or <c>else</c> branch of an <c>if</c>.</summary>
    Branch,
    /// <summary>The body of a <c>for</c>, <c>select</c>, <c>while</c> or <c>until</c> loop.</summary>
    LoopBody,
    /// <summary>The commands of a <c>case</c> item.</summary>
    CaseItem,
    /// <summary>The commands of <c>$( … )</c>, backticks or a process substitution.</summary>
    Substitution,
}

/// <summary>
/// One item of a command list: pipelines joined by <c>&amp;&amp;</c> and <c>||</c> (<c>a &amp;&amp; b || c</c>), with
/// where it sits. The flat command list of <see cref="ShellScript"/> does not keep this structure; rules that need
/// it (negations and <c>&amp;&amp; … ||</c> chains) read these.
/// </summary>
internal sealed class ShellAndOrList
{
    internal ShellAndOrList(ImmutableArray<ShellPipeline> pipelines, ImmutableArray<(ShellOperator Operator, TextSpan Span)> operators,
        ShellListKind kind, ShellScriptRoot root)
    {
        Pipelines = pipelines;
        Operators = operators;
        Kind = kind;
        Root = root;
        Span = TextSpan.FromBounds(pipelines[0].Span.Start, Math.Max(pipelines[0].Span.Start, pipelines[^1].Span.End));
    }

    /// <summary>The pipelines, in order (at least one).</summary>
    public ImmutableArray<ShellPipeline> Pipelines { get; }

    /// <summary>The operators between the pipelines (<see cref="ShellOperator.And"/> or <see cref="ShellOperator.Or"/>) and where each is written.</summary>
    public ImmutableArray<(ShellOperator Operator, TextSpan Span)> Operators { get; }

    /// <summary>The list the item belongs to.</summary>
    public ShellListKind Kind { get; }

    /// <summary>The script the item belongs to.</summary>
    public ShellScriptRoot Root { get; }

    /// <summary>True for the last item of its list (what a function, subshell or script returns).</summary>
    public bool IsLast { get; internal set; }

    /// <summary>True when the item is followed by <c>&amp;</c>.</summary>
    public bool IsBackground { get; internal set; }

    /// <summary>From the start of the first pipeline to the end of the last.</summary>
    public TextSpan Span { get; }
}

/// <summary>One script the parser read: a RUN's text, a heredoc body, the script of <c>sh -c '…'</c> or a backtick substitution.</summary>
/// <param name="Span">Its range in the file.</param>
/// <param name="Context">Where it sits: <see cref="ShellCommandContext.TopLevel"/> for a RUN or heredoc body, <see cref="ShellCommandContext.ShellArgument"/> for <c>sh -c</c>.</param>
internal sealed record ShellScriptRoot(TextSpan Span, ShellCommandContext Context);

/// <summary>A <c>for NAME in WORDS</c> loop (<c>for NAME</c> without <c>in</c> and arithmetic <c>for ((…))</c> are not recorded).</summary>
/// <param name="Items">The words after <c>in</c>.</param>
/// <param name="Span">From <c>for</c> to the last item.</param>
internal sealed record ShellForLoop(ImmutableArray<ShellWord> Items, TextSpan Span);
