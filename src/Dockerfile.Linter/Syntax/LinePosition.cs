namespace Dockerfile.Linter.Syntax;

/// <summary>A 1-based line and column. A tab counts as one column; columns count UTF-16 code units.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column number.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>A start and an end position, both 1-based; <see cref="End"/> is the position just past the last character.</summary>
/// <param name="Start">Position of the first character.</param>
/// <param name="End">Position just past the last character.</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
