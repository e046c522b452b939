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
    /// <summary>Code Climate engine output: one issue object per finding, each followed by a NUL character.</summary>
    CodeClimate,
    /// <summary>SonarQube's generic external issue import format (<c>{"rules":[…],"issues":[…]}</c>).</summary>
    SonarQube,
    /// <summary>Codacy's tool result format: one <c>{"filename","patternId","message","line"}</c> object per line.</summary>
    Codacy,
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
        ("codeclimate", ReportFormat.CodeClimate),
        ("sonarqube", ReportFormat.SonarQube),
        ("codacy", ReportFormat.Codacy),
    ];

    /// <summary>Other names accepted for a format: hadolint's <c>gitlab_codeclimate</c> is our <c>gitlab</c>.</summary>
    private static readonly (string Name, ReportFormat Format)[] Aliases =
    [
        ("gitlab_codeclimate", ReportFormat.Gitlab),
        ("gitlab-codeclimate", ReportFormat.Gitlab),
    ];

    /// <summary>Every format's name, in documentation order (aliases such as <c>gitlab_codeclimate</c> are not listed).</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>Parses a format name (case-insensitive); false when it is not known.</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        foreach (var (n, f) in Table.Concat(Aliases))
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
