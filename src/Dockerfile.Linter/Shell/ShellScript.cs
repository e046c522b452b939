using System.Collections.Immutable;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// The result of analysing one shell script (a RUN command, an exec-form array or a heredoc body): every simple
/// command in execution order (commands of <c>$(…)</c> come before the command using them; commands of
/// <c>sh -c '…'</c> right after the <c>sh</c> command), the pipelines, and recovered parse errors.
/// </summary>
public sealed class ShellScript
{
    internal ShellScript(string text, ImmutableArray<ShellCommand> commands, ImmutableArray<ShellPipeline> pipelines,
        ImmutableArray<ShellParseError> errors, bool isExecForm)
    {
        Text = text;
        Commands = commands;
        Pipelines = pipelines;
        Errors = errors;
        IsExecForm = isExecForm;
    }

    /// <summary>Every and-or list (list item) of every script read, inner lists before the ones containing them.</summary>
    internal ImmutableArray<ShellAndOrList> AndOrLists { get; init; } = [];

    /// <summary>Every <c>for NAME in WORDS</c> loop.</summary>
    internal ImmutableArray<ShellForLoop> ForLoops { get; init; } = [];

    /// <summary>
    /// What the rule layer works out once per parse of a RUN and keeps with it (the ShellCheck rules' view of the
    /// script, or a marker that they do not check it); null until asked. A slot rather than a weak table: a field read
    /// costs nothing next to every rule asking for every RUN.
    /// </summary>
    internal object? RuleState { get; set; }

    /// <summary>A script with no commands.</summary>
    public static ShellScript Empty { get; } = new("", [], [], [], false);

    /// <summary>The analysed text (for exec form, the elements joined with spaces).</summary>
    public string Text { get; }

    /// <summary>Every simple command, including those inside subshells, groups, compound commands, substitutions and <c>sh -c</c> arguments.</summary>
    public ImmutableArray<ShellCommand> Commands { get; }

    /// <summary>Every pipeline (including single-command ones), inner pipelines before the ones containing them.</summary>
    public ImmutableArray<ShellPipeline> Pipelines { get; }

    /// <summary>Problems the tolerant parser recovered from.</summary>
    public ImmutableArray<ShellParseError> Errors { get; }

    /// <summary>True when the parser had to recover from a syntax problem (results are best effort).</summary>
    public bool HasErrors => !Errors.IsEmpty;

    /// <summary>True when the script came from an exec-form (JSON) array.</summary>
    public bool IsExecForm { get; }

    /// <summary>True when any pipeline uses <c>|</c> or <c>|&amp;</c> (not <c>||</c>).</summary>
    public bool HasPipes => Pipelines.Any(p => p.HasPipe);

    /// <summary>The commands whose effective name is one of <paramref name="effectiveNames"/> (<c>FindCommands("apt-get", "apt")</c>).</summary>
    public IEnumerable<ShellCommand> FindCommands(params string[] effectiveNames) =>
        Commands.Where(c => Array.IndexOf(effectiveNames, c.EffectiveName) >= 0);

    /// <summary>True when some command runs <paramref name="baseName"/> directly or through wrappers (<c>UsesCommand("sudo")</c> sees the wrapper itself too).</summary>
    public bool UsesCommand(string baseName) => Commands.Any(c => c.UnwrapChain.Any(x => x.BaseName == baseName));

    /// <inheritdoc/>
    public override string ToString() => string.Join(" ; ", Commands);
}
