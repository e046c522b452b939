namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3059, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3059SpecTests
{
    private const string Code = "DL3059";

    [Theory]
    [InlineData("RUN /foo.sh\nRUN /bar.sh")]
    [InlineData("RUN /foo.sh\n# a comment\nRUN /bar.sh")]
    [InlineData("RUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh")]
    [InlineData("RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n")]
    [InlineData("RUN foo && bar\nRUN foo\nRUN bar\n")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM debian:10")]
    [InlineData("RUN /foo.sh")]
    [InlineData("RUN /foo.sh\nWORKDIR /\nRUN /bar.sh")]
    [InlineData("# a comment\nRUN /foo.sh")]
    [InlineData("RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh")]
    [InlineData("RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh\n")]
    [InlineData("RUN foo && bar\nRUN foobar\n")]
    [InlineData("RUN foo; bar\nRUN foobar\n")]
    [InlineData("RUN foobar\nRUN foo && bar\n")]
    [InlineData("RUN foobar\nRUN foo; bar\n")]
    [InlineData("RUN foo && bar\nRUN foo; bar\n")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    // Heredoc RUNs: the commands of the body count (issue 11).
    [Theory]
    [InlineData("RUN <<EOF\nfoo\nbar\nEOF\nRUN baz\n")]
    [InlineData("RUN baz\nRUN <<EOF\nfoo\nbar\nEOF\n")]
    [InlineData("RUN <<EOF\nfoo && bar\nEOF\nRUN baz\n")]
    public void HeredocNotReported(string dockerfile) => HadolintSpecRunner.NotReported(Code, dockerfile);

    [Theory]
    [InlineData("RUN <<EOF\nfoo\nEOF\nRUN baz\n")]
    [InlineData("RUN baz\nRUN <<EOF\nfoo\nEOF\n")]
    public void HeredocReported(string dockerfile) => HadolintSpecRunner.Reported(Code, dockerfile);
}
