namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3026, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3026SpecTests
{
    private const string Code = "DL3026";

    private static LintOptions Trusting(string registries) =>
        new() { TrustedRegistries = registries.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList() };

    [Theory]
    [InlineData("FROM random.com/debian", "docker.io")]
    [InlineData("FROM x.com/debian", "*.random.com")]
    public void Reported(string dockerfile, string trusted) => HadolintSpecRunner.Reported(Code, dockerfile, Trusting(trusted));

    [Theory]
    [InlineData("FROM random.com/debian", "")]
    [InlineData("FROM random.com/debian", "x.com,random.com")]
    [InlineData("FROM scratch", "x.com,random.com")]
    [InlineData("FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3", "docker.io")]
    [InlineData("FROM random.com/foo AS builder1\nFROM builder1 AS builder2", "random.com")]
    [InlineData("FROM foo.random.com/debian", "x.com,*.random.com")]
    [InlineData("FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3", "*")]
    public void NotReported(string dockerfile, string trusted) => HadolintSpecRunner.NotReported(Code, dockerfile, Trusting(trusted));
}
