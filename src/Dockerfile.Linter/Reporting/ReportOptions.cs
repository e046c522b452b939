namespace Dockerfile.Linter.Reporting;

/// <summary>Settings that change how a report is rendered (not what it contains).</summary>
public sealed record ReportOptions
{
    /// <summary>Where rules.md lives; rule anchors are appended (<c>#dl3008</c>).</summary>
    public const string DefaultRulesDocumentationUri = "https://github.com/dockerfile-linter/dockerfile-linter/blob/main/rules.md";

    /// <summary>Use ANSI colours (tty only).</summary>
    public bool Color { get; init; }

    /// <summary>Show the offending source line with the span underlined (tty only).</summary>
    public bool CodeFrames { get; init; } = true;

    /// <summary>End the tty report with a summary line (off for output that a caller may print several times, such as pre-commit batches).</summary>
    public bool Summary { get; init; } = true;

    /// <summary>With code frames (tty), end each finding with where to read more about its rule and how to apply its fix.</summary>
    public bool Hints { get; init; } = true;

    /// <summary>Which rules SARIF's <c>tool.driver.rules</c> describes: those with results (default) or every rule.</summary>
    public SarifRuleSelection SarifRules { get; init; } = SarifRuleSelection.Used;

    /// <summary>
    /// The most GitHub annotations written per kind (error, warning, notice); the rest are counted in a closing notice
    /// and listed as plain log lines. GitHub shows 10 of each kind per step. 0 means no limit.
    /// </summary>
    public int GitHubMaxAnnotations { get; init; } = DefaultGitHubMaxAnnotations;

    /// <summary>GitHub's limit of annotations of each kind (error, warning, notice) per step.</summary>
    public const int DefaultGitHubMaxAnnotations = 10;

    /// <summary>The directory artifact URIs are made relative to (SARIF); defaults to the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The tool version written into SARIF.</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>The address of rules.md, used for help links.</summary>
    public string RulesDocumentationUri { get; init; } = DefaultRulesDocumentationUri;

    /// <summary>The help link of one rule: rules.md with the anchor of the rule's heading (<c>#dl3008-apt-get-unpinned-package</c>).</summary>
    public string HelpUri(string code, string name) =>
        $"{RulesDocumentationUri}#{Documentation.RuleDocsRenderer.Slug($"{code} {name}")}";
}

/// <summary>Which rules a SARIF report describes in <c>tool.driver.rules</c>.</summary>
public enum SarifRuleSelection
{
    /// <summary>Only the rules that have results (keeps the report small).</summary>
    Used,
    /// <summary>Every known rule, with its full help.</summary>
    All,
}
