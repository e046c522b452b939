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

    /// <summary>
    /// The instruction that runs the script: the first <c>ENTRYPOINT</c> or <c>CMD</c> that does when there is one,
    /// otherwise the first <c>RUN</c>. A script is followed once however many instructions run it.
    /// </summary>
    public Instruction Runner { get; internal set; } = null!;

    /// <summary>The place in the Dockerfile that names the script (the command word of the RUN, the ENTRYPOINT's element).</summary>
    public TextSpan RunnerSpan { get; internal set; }

    /// <summary>The stage of <see cref="Runner"/>.</summary>
    public Stage Stage { get; internal set; } = null!;

    /// <summary>True when a <c>RUN</c> runs the script while the image is built.</summary>
    public bool RunsAtBuild { get; internal set; }

    /// <summary>True when the container runs the script (<c>ENTRYPOINT</c>, <c>CMD</c>): rules about the container's processes apply.</summary>
    public bool RunsAtStart { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => $"{File.ContextPath} as {ImagePath}";
}
