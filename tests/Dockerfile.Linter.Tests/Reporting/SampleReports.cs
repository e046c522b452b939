using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Reporting;

/// <summary>A fixed, small set of findings covering every severity, a fix, related locations, awkward characters and a file without source.</summary>
internal static class SampleReports
{
    public const string Text = "FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\n\tCOPY . /app\r\nEXPOSE 80000\n";

    public static readonly ReportOptions Options = new()
    {
        WorkingDirectory = OperatingSystem.IsWindows() ? @"C:\repo" : "/repo",
        ToolVersion = "1.2.3",
        CodeFrames = true,
    };

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        Rule("DL3007", "no-latest-tag", "Do not use the latest tag", Severity.Warning, "## What it does\nFlags `FROM image:latest`.\n\n## Why is this bad?\nBuilds stop being reproducible."),
        Rule("DL3008", "apt-get-unpinned-package", "Pin versions in apt-get install", Severity.Warning, "## What it does\nFlags unpinned `apt-get install` packages.\n\n```dockerfile\nRUN apt-get install curl\n```", aliases: ["hadolint:DL3008"]),
        Rule("DL3011", "expose-port-out-of-range", "Valid UNIX ports range from 0 to 65535", Severity.Error, "Ports above 65535 do not exist."),
        Rule("DL3015", "apt-get-install-recommends", "Avoid additional packages with --no-install-recommends", Severity.Info, "Use `--no-install-recommends`.", FixAvailability.Always),
        Rule("DF9001", "indented-instruction", "Instructions start at column 1", Severity.Style, "Indentation hides instructions.", enabled: false),
    ];

    public static IReadOnlyList<FileReport> Files()
    {
        var source = new SourceText(Text, "Dockerfile");
        TextSpan SpanOf(string covered, int occurrence = 0)
        {
            int start = -1;
            for (int i = 0; i <= occurrence; i++) start = Text.IndexOf(covered, start + 1, StringComparison.Ordinal);
            return new TextSpan(start, covered.Length);
        }
        Diagnostic D(string code, string name, Severity severity, string message, string covered, int occurrence = 0, Fix? fix = null,
            (string Covered, string Message)[]? related = null)
        {
            var span = SpanOf(covered, occurrence);
            return new Diagnostic
            {
                Code = code, RuleName = name, Severity = severity, Message = message, Span = span,
                Location = source.GetLinePositionSpan(span), Path = "Dockerfile", Fix = fix,
                RelatedLocations = (related ?? []).Select(r => SpanOf(r.Covered) is var at
                    ? new RelatedLocation { Span = at, Location = source.GetLinePositionSpan(at), Message = r.Message }
                    : null!).ToArray(),
            };
        }
        int insertAt = Text.IndexOf(" -y", StringComparison.Ordinal);
        var first = new FileReport("Dockerfile",
        [
            D("DL3007", "no-latest-tag", Severity.Warning, "Using latest is prone to errors if the image will ever update.", "ubuntu:latest"),
            D("DL3015", "apt-get-install-recommends", Severity.Info, "Avoid additional packages by specifying `--no-install-recommends`", "apt-get install -y curl",
                fix: new Fix("Add --no-install-recommends", [new TextEdit(new TextSpan(insertAt, 0), " --no-install-recommends")], FixSafety.Unsafe)),
            D("DL3008", "apt-get-unpinned-package", Severity.Warning, "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`", "curl",
                related: [("/app", "a related place"), ("80000", "another, with \"quotes\" & <xml>")]),
            D("DF9001", "indented-instruction", Severity.Style, "Message with \"quotes\", 100% <xml> & a colon: here\nand a second line", "COPY"),
            D("DL3011", "expose-port-out-of-range", Severity.Error, "Valid UNIX ports range from 0 to 65535", "80000"),
        ], source);
        var clean = new FileReport("sub/Containerfile", [], new SourceText("FROM scratch\n"));
        var odd = new FileReport("odd, dir:1/Dockerfile",
        [
            new Diagnostic
            {
                Code = "DL1000", RuleName = "syntax-error", Severity = Severity.Error, Message = "unexpected end of heredoc",
                Span = new TextSpan(10, 3), Location = new LinePositionSpan(new LinePosition(2, 1), new LinePosition(2, 4)),
            },
        ]);
        return [first, clean, odd];
    }

    private static RuleDescriptor Rule(string code, string name, string title, Severity severity, string docs,
        FixAvailability fix = FixAvailability.None, bool enabled = true, string[]? aliases = null) => new()
    {
        Code = code, Name = name, Title = title, MessageFormat = "{0}", Category = RuleCategory.Style,
        DefaultSeverity = severity, Docs = docs, Fix = fix, EnabledByDefault = enabled,
        Aliases = aliases is null ? [] : [.. aliases],
    };
}
