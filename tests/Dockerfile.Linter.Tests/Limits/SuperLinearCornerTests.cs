using System.Text;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Limits;

/// <summary>
/// Corners that cost the square of the file's size before: each file here took seconds to minutes (tens of thousands
/// of pragmas, RUNs or stages). They now complete at once; the tests assert the output, never a time.
/// </summary>
public class SuperLinearCornerTests
{
    private static readonly DockerfileLinter AllRules = new(new LintOptions { Preset = Preset.All });

    // Every finding was checked against every pragma (and every pragma's coverage found by a scan from the top): 20,000
    // pragmas and 20,000 findings of DL3059 made 400 million checks.
    [Fact]
    public void Many_pragmas_each_over_its_own_instruction_suppress_without_a_scan_per_finding()
    {
        var text = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 20_000; i++) text.Append("# dockerfile-lint ignore=DL3059\nRUN echo ").Append(i).Append('\n');
        text.Append("RUN echo unsuppressed\n");
        var result = AllRules.Lint(text.ToString());
        var dl3059 = Assert.Single(result.Diagnostics, d => d.Code == "DL3059");
        Assert.Equal(40_002, dl3059.Location.Start.Line);
        // The first RUN after FROM is no DL3059 finding: only the pragma above it is unused.
        var unused = Assert.Single(result.Diagnostics, d => d.Code == SuppressionFilter.UnusedSuppressionCode);
        Assert.Equal(2, unused.Location.Start.Line);
    }

    [Fact]
    public void Stage_and_global_pragmas_by_the_thousand_are_each_counted_as_used_or_unused()
    {
        var text = new StringBuilder("FROM alpine AS a\nRUN echo first\n");
        // 5,000 stage pragmas in stage a, each followed by a RUN that DL3059 reports: all used.
        for (int i = 0; i < 5_000; i++) text.Append("# dockerfile-lint stage ignore=DL3059\nRUN echo a").Append(i).Append('\n');
        // 5,000 stage pragmas of stage b for a rule nothing reports there: all unused.
        text.Append("FROM alpine AS b\n");
        for (int i = 0; i < 5_000; i++) text.Append("# dockerfile-lint stage ignore=DL3007\nRUN echo b").Append(i).Append('\n');
        // 2,000 global pragmas for DL3059: used by the findings of stage b.
        for (int i = 0; i < 2_000; i++) text.Append("# dockerfile-lint global ignore=DL3059\n");
        text.Append("RUN echo end\n");
        var result = AllRules.Lint(text.ToString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DL3059");
        var unused = result.Diagnostics.Where(d => d.Code == SuppressionFilter.UnusedSuppressionCode).ToList();
        Assert.Equal(5_000, unused.Count);
        Assert.All(unused, d => Assert.StartsWith("'DL3007' is suppressed here but reported nothing", d.Message));
    }

    // DF1002 looked through every later RUN for each RUN that only updates the index.
    [Fact]
    public void Thousands_of_index_updates_alone_each_find_the_later_install_in_one_sweep()
    {
        var text = new StringBuilder("FROM debian:12\n");
        for (int i = 0; i < 20_000; i++) text.Append("RUN apt-get update\n");
        text.Append("RUN apt-get install -y curl\n");
        var result = new DockerfileLinter(new LintOptions { Enable = new HashSet<string> { "DF1002" } }).Lint(text.ToString());
        var findings = result.Diagnostics.Where(d => d.Code == "DF1002").ToList();
        Assert.Equal(SuppressionFilter.MaxFindingsPerRule + 1, findings.Count);
        Assert.StartsWith("19,000 more DF1002 findings", Assert.Single(findings, d => d.Message.Contains("not listed")).Message);
        Assert.Contains("line 20002", findings[0].Message);
    }

    // DF1003 kept every command of a single-stage file in one list and, for each install, looked through all of them
    // for a removal.
    [Fact]
    public void Thousands_of_toolchain_installs_in_a_single_stage_are_checked_in_two_passes()
    {
        var text = new StringBuilder("FROM debian:12\nRUN make\n");
        for (int i = 0; i < 20_000; i++) text.Append("RUN apt-get install -y gcc\n");
        text.Append("CMD [\"/app\"]\n");
        var linter = new DockerfileLinter(new LintOptions { Enable = new HashSet<string> { "DF1003" } });
        var findings = linter.Lint(text.ToString()).Diagnostics.Where(d => d.Code == "DF1003").ToList();
        Assert.Equal(SuppressionFilter.MaxFindingsPerRule + 1, findings.Count);
        Assert.StartsWith("19,000 more DF1003 findings", Assert.Single(findings, d => d.Message.Contains("not listed")).Message);

        // One removal anywhere in the stage clears them all.
        text.Append("RUN apt-get purge -y gcc\n");
        Assert.DoesNotContain(linter.Lint(text.ToString()).Diagnostics, d => d.Code == "DF1003");
    }
}
