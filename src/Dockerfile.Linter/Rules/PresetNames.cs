namespace Dockerfile.Linter.Rules;

/// <summary>The names of <see cref="Preset"/> values as written in configuration and on the command line.</summary>
public static class PresetNames
{
    /// <summary>Every preset name: <c>recommended</c>, <c>hadolint</c>, <c>all</c>.</summary>
    public static IReadOnlyList<string> All { get; } = ["recommended", "hadolint", "all"];

    /// <summary>The name of <paramref name="preset"/> (lower case).</summary>
    public static string ToName(Preset preset) => preset switch
    {
        Preset.Hadolint => "hadolint",
        Preset.All => "all",
        _ => "recommended",
    };

    /// <summary>Parses a preset name, case-insensitively and ignoring surrounding blanks.</summary>
    public static bool TryParse(string? name, out Preset preset)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "recommended": preset = Preset.Recommended; return true;
            case "hadolint": preset = Preset.Hadolint; return true;
            case "all": preset = Preset.All; return true;
            default: preset = Preset.Recommended; return false;
        }
    }
}
