namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3062, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3062SpecTests
{
    private const string Code = "DL3062";

    [Theory]
    [InlineData("RUN go install example.com/pkg", true)]
    [InlineData("RUN go install example.com/pkg@latest", true)]
    [InlineData("RUN go install tool foobar", true)]
    [InlineData("RUN go install tool foobar@latest", true)]
    [InlineData("RUN go get example.com/pkg", true)]
    [InlineData("RUN go get example.com/pkg@latest", true)]
    [InlineData("RUN go get -tool foobar", true)]
    [InlineData("RUN go get -tool foobar@latest", true)]
    [InlineData("RUN go run example.com/pkg", true)]
    [InlineData("RUN go run example.com/pkg@latest", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN go install example.com/pkg@v1.2.3", true)]
    [InlineData("RUN go install /go/app/foobar", true)]
    [InlineData("RUN go install ./app/foobar", true)]
    [InlineData("RUN go install .", true)]
    [InlineData("RUN go install tool foobar@v1.2.3", true)]
    [InlineData("RUN go get example.com/pkg@v1.2.3", true)]
    [InlineData("RUN go get -tool foobar@v1.2.3", true)]
    [InlineData("RUN go run example.com/pkg@v1.2.3", true)]
    [InlineData("RUN go run example.com/pkg@v1.2.3 -f", true)]
    [InlineData("RUN go run example.com/pkg@v1.2.3 -foobar", true)]
    [InlineData("RUN go run example.com/pkg@v1.2.3 --foobar", true)]
    [InlineData("RUN go run example.com/pkg@v1.2.3 foobar", true)]
    [InlineData("RUN go run example.com/pkg@v1.2.3 --foo bar", true)]
    [InlineData("RUN go run /go/app/foobar", true)]
    [InlineData("RUN go run ./app/foobar", true)]
    [InlineData("RUN go run .", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
