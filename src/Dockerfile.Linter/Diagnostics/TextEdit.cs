using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Diagnostics;

/// <summary>Replace the text at <paramref name="Span"/> with <paramref name="NewText"/> (empty text deletes; an empty span inserts).</summary>
/// <param name="Span">The range of the original text to replace.</param>
/// <param name="NewText">The replacement.</param>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>How safe it is to apply a fix without review.</summary>
public enum FixSafety
{
    /// <summary>Keeps the image's behaviour; can be applied automatically.</summary>
    Safe,
    /// <summary>May change behaviour; apply only on request.</summary>
    Unsafe,
}

/// <summary>A mechanical change that resolves a diagnostic, expressed as non-overlapping text edits.</summary>
/// <param name="Title">What the fix does, in a few words.</param>
/// <param name="Edits">The edits, against the original text.</param>
/// <param name="Safety">Whether the fix can be applied without review.</param>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits, FixSafety Safety = FixSafety.Safe);
