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
