namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3007, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3007SpecTests
{
    private const string Code = "DL3007";

    [Theory]
    [InlineData("FROM debian:latest")]
    [InlineData("FROM debian:latest AS builder")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM debian:jessie")]
    [InlineData("FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb")]
    [InlineData("FROM debian:jessie AS builder")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
