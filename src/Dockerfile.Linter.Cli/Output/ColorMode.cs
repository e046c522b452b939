namespace Dockerfile.Linter.Cli.Output;

/// <summary>
/// Whether the tty report uses ANSI colours. <c>--color always|never</c> (and <c>--no-color</c>) decide; with
/// <c>auto</c> (the default), <c>NO_COLOR</c> (non-empty) switches colours off, then <c>FORCE_COLOR</c> or
/// <c>CLICOLOR_FORCE</c> (non-empty and not <c>0</c>/<c>false</c>) switch them on, and otherwise colours are used only
/// when the report goes to a terminal.
/// </summary>
internal static class ColorMode
{
    public static readonly string[] Names = ["auto", "always", "never"];

    public static bool Resolve(string? mode, bool noColorFlag, CliEnvironment env, bool toTerminal)
    {
        if (noColorFlag) return false;
        switch (mode?.ToLowerInvariant())
        {
            case "always": return true;
            case "never": return false;
        }
        if (!string.IsNullOrEmpty(env.GetEnvironmentVariable("NO_COLOR"))) return false;
        if (IsSet(env.GetEnvironmentVariable("FORCE_COLOR")) || IsSet(env.GetEnvironmentVariable("CLICOLOR_FORCE"))) return true;
        return toTerminal;
    }

    private static bool IsSet(string? value) =>
        !string.IsNullOrEmpty(value) && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);
}
