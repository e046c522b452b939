using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

/// <summary>
/// SC1091 (ShellCheck could not follow a sourced file) is deliberately not a rule: in a Dockerfile the sourced file is
/// in the image, not next to the Dockerfile, so the note says nothing about the file being linted.
/// </summary>
public class ShellCheckSourcingTests
{
    [Theory]
    [InlineData("FROM python:3.12\nRUN python -m venv venv && . venv/bin/activate && pip install -r requirements.txt\n")]
    [InlineData("FROM debian:12\nRUN . /etc/os-release && echo \"deb http://x/$ID $VERSION_CODENAME main\" > /etc/apt/sources.list.d/x.list\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN source /opt/venv/bin/activate && pip install x\n")]
    public void Sourcing_a_file_reports_no_ShellCheck_code(string dockerfile)
    {
        var result = new DockerfileLinter(new LintOptions { Preset = Preset.Hadolint }).Lint(dockerfile);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("SC1", StringComparison.Ordinal) || d.Code.StartsWith("SC3", StringComparison.Ordinal));
        Assert.DoesNotContain(RuleRegistry.All, r => r.Descriptor.Code == "SC1091");
    }
}
