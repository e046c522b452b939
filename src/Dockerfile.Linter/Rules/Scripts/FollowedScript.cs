using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// A shell script copied from the build context into the image and run by a <c>RUN</c>, <c>ENTRYPOINT</c> or <c>CMD</c>
/// (<c>COPY entrypoint.sh /</c>, then <c>ENTRYPOINT ["/entrypoint.sh"]</c>), read and parsed so rules can check what the
/// image really runs. See <see cref="RuleRegistrar.OnFollowedScript"/>.
/// </summary>
public sealed class FollowedScript
{
    /// <summary>The script's file: its path, its context-relative path and its text. Spans of <see cref="Script"/> are in it.</summary>
    public required DiagnosticFile File { get; init; }

    /// <summary>The script parsed by the shell layer; its spans are offsets in <see cref="DiagnosticFile.Source"/>.</summary>
    public required ShellScript Script { get; init; }

    /// <summary>Where the script is in the image (<c>/usr/local/bin/docker-entrypoint.sh</c>).</summary>
    public required string ImagePath { get; init; }

    /// <summary>The instruction that runs the script (the first one, when several do).</summary>
    public required Instruction Runner { get; init; }

    /// <summary>The place in the Dockerfile that names the script (the command word of the RUN, the ENTRYPOINT's element).</summary>
    public required TextSpan RunnerSpan { get; init; }

    /// <summary>The stage of <see cref="Runner"/>.</summary>
    public required Stage Stage { get; init; }

    /// <summary>True when a <c>RUN</c> runs the script while the image is built; false when the container runs it (<c>ENTRYPOINT</c>, <c>CMD</c>).</summary>
    public bool RunsAtBuild => Runner is RunInstruction;

    /// <inheritdoc/>
    public override string ToString() => $"{File.ContextPath} as {ImagePath}";
}
