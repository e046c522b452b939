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
}
