namespace Dockerfile.Linter.Context;

/// <summary>Why part of the context could not be examined.</summary>
public enum ContextProblemKind
{
    /// <summary>A file or directory could not be read (docker build would fail on it too, unless it is ignored).</summary>
    Unreadable,
    /// <summary>A symbolic link that loops or points at one of its own ancestors (sent as a link, not followed).</summary>
    SymlinkLoop,
    /// <summary>The walk stopped at <see cref="ContextWalkLimits.MaxFiles"/>.</summary>
    FileLimitReached,
    /// <summary>A directory deeper than <see cref="ContextWalkLimits.MaxDepth"/> was not examined.</summary>
    DepthLimitReached,
    /// <summary>A FIFO, socket or device: reported and never opened (reading it could wait forever or never end).</summary>
    NotRegularFile,
}

/// <summary>Something the context walk could not do; reported once per path.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Path">The context-relative path concerned ('/'-separated, <c>.</c> for the root).</param>
/// <param name="Message">A sentence for the user.</param>
public sealed record ContextProblem(ContextProblemKind Kind, string Path, string Message);
