namespace Dockerfile.Linter.Syntax;

/// <summary>The usual spellings of each instruction keyword: its upper- and lower-case names.</summary>
internal static class InstructionKeywords
{
    private static readonly (string? Upper, string? Lower)[] s_spellings = Enum.GetValues<InstructionKind>()
        .Select(kind => kind == InstructionKind.Unknown
            ? ((string?)null, (string?)null)
            : (kind.ToString().ToUpperInvariant(), kind.ToString().ToLowerInvariant()))
        .ToArray();

    /// <summary>The upper- and lower-case names of <paramref name="kind"/>; nulls for <see cref="InstructionKind.Unknown"/>.</summary>
    public static (string? Upper, string? Lower) Spellings(InstructionKind kind) => s_spellings[(int)kind];
}
