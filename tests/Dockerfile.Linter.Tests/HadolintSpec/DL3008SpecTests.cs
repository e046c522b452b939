namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3008, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3008SpecTests
{
    private const string Code = "DL3008";

    [Theory]
    [InlineData("RUN apt-get update && apt-get install python", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*\n", true)]
    [InlineData("RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*\n", true)]
    [InlineData("RUN apt-get install -y python=1.2.2", true)]
    [InlineData("RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb", true)]
    [InlineData("RUN apt-get -y --no-install-recommends install nodejs=0.10", true)]
    [InlineData("RUN set -e &&\\\n echo \"deb http://http.debian.net/debian jessie-backports main\" > /etc/apt/sources.list.d/jessie-backports.list &&\\\n apt-get update &&\\\n apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\\n rm -rf /var/lib/apt/lists/*\n", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
