namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for <c># hadolint ignore=</c> pragmas, in our words (see HADOLINT-SPEC.md).</summary>
public class PragmaSpecTests
{
    [Theory]
    [InlineData("DL3002", "FROM scratch\n# hadolint ignore=DL3001\nUSER root\n")]
    [InlineData("DL3002", "# hadolint ignore=DL3001,DL3002\nFROM ubuntu\nUSER root\n")]
    public void Reported(string code, string dockerfile) => HadolintSpecRunner.Reported(code, dockerfile);

    [Theory]
    [InlineData("DL3002", "FROM ubuntu\n# hadolint ignore=DL3002\nUSER root\n")]
    [InlineData("DL3002", "FROM scratch\n# hadolint ignore=DL3001,DL3002\nUSER root\n")]
    [InlineData("DL3023", "FROM node as foo\n# hadolint ignore=DL3023, DL3021\nCOPY --from=foo bar baz .\n")]
    [InlineData("DL3021", "FROM node as foo\n# hadolint ignore=DL3023, DL3021\nCOPY --from=foo bar baz .\n")]
    [InlineData("DL3002", "# hadolint global ignore=DL3002\nFROM ubuntu\nUSER root\n")]
    [InlineData("DL3023", "# hadolint global ignore = DL3023 , DL3021\nFROM node as foo\nCOPY --from=foo bar baz .\n")]
    [InlineData("DL3021", "# hadolint global ignore = DL3023 , DL3021\nFROM node as foo\nCOPY --from=foo bar baz .\n")]
    [InlineData("DL3002", "FROM ubuntu\n# hadolint ignore=DL3002 \nUSER root\n")]
    [InlineData("DL3002", "FROM ubuntu\n# hadolint ignore=DL3002 # foobar\nUSER root\n")]
    [InlineData("DL1001", "# hadolint shell=powershell # foobar\nFROM ubuntu\n")]
    public void NotReported(string code, string dockerfile) => HadolintSpecRunner.NotReported(code, dockerfile);

    // Deliberate difference (see DF0002's "Differences from hadolint"): each code of an ignore comment counts on its
    // own (the unknown one is reported as DF0002); hadolint drops the whole comment and keeps reporting DL3002.
    [Theory]
    [InlineData("DL3002", "FROM scratch\n# hadolint ignore=crazy,DL3002\nUSER root\n")]
    public void DifferenceNotReported(string code, string dockerfile) => HadolintSpecRunner.NotReported(code, dockerfile);
}
