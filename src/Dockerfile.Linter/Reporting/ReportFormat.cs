namespace Dockerfile.Linter.Reporting;

/// <summary>The output formats the linter can write.</summary>
public enum ReportFormat
{
    /// <summary>Human-readable: code frames with the span underlined, optional colours, a summary line.</summary>
    Tty,
    /// <summary>Our own versioned JSON document (<c>schemas/dockerfile-lint-report.schema.json</c>).</summary>
    Json,
    /// <summary>SARIF 2.1.0, for GitHub code scanning and other SARIF consumers.</summary>
    Sarif,
    /// <summary>Checkstyle XML.</summary>
    Checkstyle,
    /// <summary>GitLab Code Quality report (a JSON array of issues).</summary>
    Gitlab,
    /// <summary>GitHub Actions workflow commands (<c>::error file=…::message</c>).</summary>
    Github,
    /// <summary>GNU-style one-line messages: <c>file:line:col: severity: message [code]</c>.</summary>
    Gnu,
    /// <summary>hadolint's <c>--format json</c> array, for tools that consume hadolint output.</summary>
    HadolintJson,
}

/// <summary>Names of <see cref="ReportFormat"/> values as written on the command line and in configuration.</summary>
public static class ReportFormatNames
{
    private static readonly (string Name, ReportFormat Format)[] Table =
    [
        ("tty", ReportFormat.Tty),
        ("json", ReportFormat.Json),
        ("sarif", ReportFormat.Sarif),
        ("checkstyle", ReportFormat.Checkstyle),
        ("gitlab", ReportFormat.Gitlab),
        ("github", ReportFormat.Github),
        ("gnu", ReportFormat.Gnu),
        ("hadolint-json", ReportFormat.HadolintJson),
    ];

    /// <summary>Every accepted name, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>Parses a format name (case-insensitive); false when it is not known.</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        foreach (var (n, f) in Table)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }
        format = default;
        return false;
    }

    /// <summary>The command-line name of <paramref name="format"/>.</summary>
    public static string ToName(ReportFormat format) => Table.First(t => t.Format == format).Name;
}
