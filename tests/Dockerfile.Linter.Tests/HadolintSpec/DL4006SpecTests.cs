namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL4006, in our words (see HADOLINT-SPEC.md).</summary>
public class DL4006SpecTests
{
    private const string Code = "DL4006";

    [Theory]
    [InlineData("FROM scratch\nRUN wget -O - https://some.site | wc -l > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\nFROM scratch as build2\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\nSHELL [\"/bin/sh\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/bin/bash\", \"-e\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"errexit\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/usr/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"/usr/local/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n")]
    [InlineData("FROM scratch as build\nSHELL [\"pwsh\", \"-c\"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n")]
    [InlineData("FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ \"pwsh\", \"-c\" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n")]
    [InlineData("FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ \"powershell.exe\" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n")]
    [InlineData("FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ \"cmd.exe\", \"/c\" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
