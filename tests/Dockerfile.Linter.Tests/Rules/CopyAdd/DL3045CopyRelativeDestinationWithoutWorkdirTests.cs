using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.CopyAdd;

public class DL3045CopyRelativeDestinationWithoutWorkdirTests
{
    [Theory]
    [InlineData("FROM scratch\nCOPY package.json /app/\n")]
    [InlineData("FROM scratch\nWORKDIR /app\nCOPY package.json .\n")]
    [InlineData("FROM scratch AS base\nWORKDIR /app\nFROM base\nCOPY . .\n")]                   // inherited WORKDIR
    [InlineData("FROM scratch AS base\nWORKDIR /app\nFROM base AS mid\nFROM mid\nCOPY . .\n")]  // through two stages
    [InlineData("FROM scratch\nCOPY app C:\\\\app\n")]
    [InlineData("FROM scratch\nARG DEST\nCOPY a $DEST\n")]                                     // unknown: silent
    [InlineData("FROM scratch\nENV DEST=/srv\nCOPY a $DEST\n")]
    [InlineData("FROM scratch\nONBUILD COPY . .\n")]
    [InlineData("FROM jupyterhub/jupyterhub:5.2\nCOPY cfg.py .\n")]                             // the audit's reproducer
    [InlineData("FROM node:22\nCOPY package.json .\n")]                                         // the base image's WORKDIR
    [InlineData("FROM node:22 AS base\nFROM base\nCOPY . .\n")]                                // an external image at the root
    [InlineData("ARG BASE\nFROM ${BASE}\nCOPY . .\n")]                                         // unknown base
    public void Valid(string dockerfile) => RuleTester.Valid<DL3045CopyRelativeDestinationWithoutWorkdir>(dockerfile);

    [Theory]
    [InlineData("FROM scratch\nCOPY package.json [|.|]\n")]
    [InlineData("FROM scratch\nCOPY a [|app/|]\nWORKDIR /app\nCOPY b .\n")]                    // WORKDIR only after
    [InlineData("FROM scratch AS base\nWORKDIR /app\nFROM scratch\nCOPY . [|.|]\n")]            // not a base of this stage
    [InlineData("FROM scratch AS base\nFROM base\nCOPY . [|.|]\n")]                              // scratch through a base stage
    [InlineData("FROM scratch\nENV DEST=app\nCOPY a [|$DEST|]\n")]
    [InlineData("FROM scratch\nCOPY --from=build \\\n  /out \\\n  [|dist|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3045CopyRelativeDestinationWithoutWorkdir>(marked);

    // Issue 12: the rule used to rescan the stage for every COPY (100,000 ENV + COPY pairs took 17 s). The semantic
    // model tracks WORKDIR in one pass; this asserts that a file of that size completes with the right findings.
    [Fact]
    public void Large_stage_is_checked_in_one_pass_with_every_finding()
    {
        const int pairs = 100_000;
        var text = new System.Text.StringBuilder("FROM scratch\n");
        for (int i = 0; i < pairs; i++) text.Append("ENV A=b\nCOPY a b\n");
        text.Append("WORKDIR /app\n");
        for (int i = 0; i < 10; i++) text.Append("COPY a b\n");
        var diagnostics = RuleTester.Diagnostics<DL3045CopyRelativeDestinationWithoutWorkdir>(text.ToString());
        // Every finding is counted: the first 1,000 are listed, the summary at the 1,001st counts the other 99,000.
        int listed = Dockerfile.Linter.Rules.SuppressionFilter.MaxFindingsPerRule;
        Assert.Equal(listed + 1, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("DL3045", d.Code));
        Assert.StartsWith((pairs - listed).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " more DL3045 findings in this file are not listed", diagnostics[^1].Message);
        Assert.Equal(3 + 2 * listed, diagnostics[^1].Location.Start.Line);
    }
}
