namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3043, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3043SpecTests
{
    private const string Code = "DL3043";

    [Theory]
    [InlineData("ONBUILD ONBUILD RUN anything")]
    [InlineData("ONBUILD FROM debian:buster")]
    [InlineData("ONBUILD MAINTAINER \"BoJack Horseman\"")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("ONBUILD ADD anything anywhere")]
    [InlineData("ONBUILD USER anything")]
    [InlineData("ONBUILD LABEL bla=\"blubb\"")]
    [InlineData("ONBUILD STOPSIGNAL anything")]
    [InlineData("ONBUILD COPY anything anywhere")]
    [InlineData("ONBUILD RUN anything")]
    [InlineData("ONBUILD CMD anything")]
    [InlineData("ONBUILD SHELL anything")]
    [InlineData("ONBUILD WORKDIR anything")]
    [InlineData("ONBUILD EXPOSE 69")]
    [InlineData("ONBUILD VOLUME anything")]
    [InlineData("ONBUILD ENTRYPOINT anything")]
    [InlineData("ONBUILD ENV MYVAR=\"bla\"")]
    [InlineData("ONBUILD ARG anything")]
    [InlineData("ONBUILD HEALTHCHECK NONE")]
    [InlineData("FROM debian:buster")]
    [InlineData("MAINTAINER \"Some Guy\"")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
