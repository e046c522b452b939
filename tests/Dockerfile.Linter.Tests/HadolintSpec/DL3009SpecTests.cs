namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3009, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3009SpecTests
{
    private const string Code = "DL3009";

    [Theory]
    [InlineData("FROM scratch\nRUN apt-get update && apt-get install python", true)]
    [InlineData("FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python", true)]
    [InlineData("FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!", true)]
    [InlineData("RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python\n", true)]
    [InlineData("RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install python\n", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!")]
    [InlineData("FROM ubuntu as foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!", true)]
    [InlineData("FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN hey!")]
    [InlineData("FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*", true)]
    [InlineData("RUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python", true)]
    [InlineData("RUN --mount=type=cache,target=/var/lib/apt \\\n    --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python", true)]
    [InlineData("RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo\n", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    // An ONBUILD trigger runs in whichever image is built FROM this one: hadolint reports it even in a stage the final image does not use.
    [Theory]
    [InlineData("FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!")]
    [InlineData("FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN hey!")]
    public void ReportedInOnbuild(string dockerfile) => HadolintSpecRunner.ReportedInOnbuild(Code, dockerfile);
}
