namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3045, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3045SpecTests
{
    private const string Code = "DL3045";

    [Theory]
    [InlineData("COPY bla.sh blubb.sh", true)]
    [InlineData("COPY bla.sh \"blubb.sh\"", true)]
    [InlineData("COPY a b", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("COPY bla.sh /usr/local/bin/blubb.sh", true)]
    [InlineData("COPY bla.sh \"/usr/local/bin/blubb.s\"")]
    [InlineData("COPY bla.sh \"/usr/local/bin/blubb.sh\"", true)]
    [InlineData("COPY bla.sh c:\\system32\\blubb.sh")]
    [InlineData("COPY bla.sh d:\\mypath\\blubb.sh", true)]
    [InlineData("COPY bla.sh \"c:\\system32\\blubb.sh\"")]
    [InlineData("COPY bla.sh \"d:\\mypath\\blubb.sh\"", true)]
    [InlineData("COPY bla.sh c:/system32/blubb.sh")]
    [InlineData("COPY bla.sh d:/mypath/blubb.sh", true)]
    [InlineData("FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh")]
    [InlineData("FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh", true)]
    [InlineData("COPY src.sh ${SRC_BASE_ENV}", true)]
    [InlineData("COPY src.sh $SRC_BASE_ENV", true)]
    [InlineData("COPY src.sh \"${SRC_BASE_ENV}\"", true)]
    [InlineData("COPY src.sh \"$SRC_BASE_ENV\"", true)]
    [InlineData("FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n", true)]
    [InlineData("FROM microsoft/windowsservercore as base\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n", true)]
    [InlineData("FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n", true)]
    [InlineData("FROM microsoft/windowsservercore as base1\nWORKDIR c:\\system32\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n", true)]
    [InlineData("FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    // Deliberate difference (see the rule's "Differences from hadolint"): a stage built on an external image takes that
    // image's working directory, so only scratch stages and snippets without FROM are judged. hadolint reports these
    // (in the plain and the ONBUILD variant).
    [Theory]
    [InlineData("FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n")]
    [InlineData("FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar\n")]
    public void DifferenceNotReported(string dockerfile) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo: true);
}
