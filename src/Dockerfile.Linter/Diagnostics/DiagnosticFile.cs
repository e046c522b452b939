using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Diagnostics;

/// <summary>
/// A file other than the linted Dockerfile that a finding points into: a script copied from the build context and run
/// by a <c>RUN</c>, <c>ENTRYPOINT</c> or <c>CMD</c>. A <see cref="Diagnostic.File"/> or <see cref="RelatedLocation.File"/>
/// of null means the linted Dockerfile itself.
/// </summary>
public sealed class DiagnosticFile
{
    /// <summary>
    /// The path reports show: relative to the current directory when the file is below it (as a Dockerfile path given on
    /// the command line usually is), its full path otherwise.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>The '/'-separated path relative to the build context's root (<c>scripts/entrypoint.sh</c>).</summary>
    public required string ContextPath { get; init; }

    /// <summary>The file's text as read (spans and positions of findings in this file refer to it).</summary>
    public required SourceText Source { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Path;
}
