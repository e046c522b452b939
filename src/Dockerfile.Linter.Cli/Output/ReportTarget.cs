using Dockerfile.Linter.Reporting;

namespace Dockerfile.Linter.Cli.Output;

/// <summary>One report of a run: a format and where it goes (a file, or null for stdout / <c>--output</c>).</summary>
internal sealed record ReportTarget(ReportFormat Format, string? Path, bool Explicit)
{
    /// <summary>The hadolint format names that need a pointer to ours.</summary>
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.OrdinalIgnoreCase)
    {
        ["junit"] = "use checkstyle (JUnit readers such as Jenkins' warnings-ng also read checkstyle) or sarif",
    };

    /// <summary>Parses <c>FORMAT</c> or <c>FORMAT:FILE</c> (a <c>:</c> counts only after a known format name, so <c>C:\x</c> is not split).</summary>
    public static ReportTarget Parse(string value)
    {
        int colon = value.IndexOf(':');
        string name = colon > 0 ? value[..colon] : value;
        string? path = colon > 0 ? value[(colon + 1)..] : null;
        if (ReportFormatNames.TryParse(name, out var format))
        {
            if (path is { Length: 0 }) throw new CliException($"--format {value}: no file name after ':'");
            return new ReportTarget(format, path, Explicit: true);
        }
        if (Unsupported.TryGetValue(name, out var advice))
            throw new CliException($"--format {name} is not supported: {advice} (run 'dockerfile-lint --help' for the formats)");
        string hint = Rules.NameSuggestions.Closest(name, ReportFormatNames.All) is { } close ? $"did you mean '{close}'? " : "";
        throw new CliException($"unknown format '{name}' ({hint}formats: {string.Join(", ", ReportFormatNames.All)})");
    }
}
