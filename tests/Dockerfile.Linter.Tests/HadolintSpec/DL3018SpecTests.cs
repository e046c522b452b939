namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3018, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3018SpecTests
{
    private const string Code = "DL3018";

    [Theory]
    [InlineData("RUN apk add flex", true)]
    [InlineData("RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN apk add flex=2.6.4-r1", true)]
    [InlineData("RUN apk add --no-cache git~2.52.0", true)]
    [InlineData("RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt\n", true)]
    [InlineData("RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n", true)]
    [InlineData("RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies\n", true)]
    [InlineData("RUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n", true)]
    [InlineData("RUN apk add --no-cache \\\n--repository=https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n", true)]
    [InlineData("RUN apk add --no-cache \\\n-X https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n", true)]
    [InlineData("RUN apk add mypackage-1.1.1.apk", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
