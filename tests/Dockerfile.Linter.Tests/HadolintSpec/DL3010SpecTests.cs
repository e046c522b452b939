namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3010, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3010SpecTests
{
    private const string Code = "DL3010";

    [Theory]
    [InlineData("COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar")]
    [InlineData("COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar")]
    [InlineData("COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar")]
    [InlineData("COPY build\\foo\\bar.tar.gz \"C:\\Program Files\\Foo\"\nRUN tar -xf \"C:\\Program Files\\Foo\\bar.tar.gz\"")]
    [InlineData("COPY build\\foo\\bar.tar.gz \"C:\\Program Files\\foo.tar.gz\"\nRUN tar -xf foo.tar.gz")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("COPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage")]
    [InlineData("COPY package.json /usr/src/app")]
    [InlineData("COPY --from=builder /usr/local/share/some.tar /opt/some.tar")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
