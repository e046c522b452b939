using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Semantics;

namespace Dockerfile.Linter.Tests.Rules.Engine;

/// <summary><see cref="LintOptions.BuildArgs"/>: the build's arguments, as <c>docker build --build-arg</c> gives them.</summary>
public class BuildArgsTests
{
    private static List<string> Codes(string text, LintOptions options) =>
        new DockerfileLinter(options).Lint(text).Diagnostics.Select(d => $"{d.Code}@{d.Location.Start.Line}").ToList();

    [Fact]
    public void A_build_arg_replaces_the_default_of_a_global_ARG()
    {
        const string text = "ARG TAG=24.04\nFROM ubuntu:$TAG\nUSER 65534\n";
        Assert.DoesNotContain("DL3007@2", Codes(text, new LintOptions()));
        Assert.Contains("DL3007@2", Codes(text, new LintOptions { BuildArgs = { ["TAG"] = "latest" } }));
    }

    [Fact]
    public void A_build_arg_gives_an_ARG_without_default_its_value()
    {
        const string text = "ARG BASE\nFROM $BASE\nUSER 65534\n";
        Assert.DoesNotContain("DL3006@2", Codes(text, new LintOptions { BuildArgs = { ["BASE"] = "debian:12" } }));
        Assert.Contains("DL3006@2", Codes(text, new LintOptions { BuildArgs = { ["BASE"] = "debian" } }));
    }

    [Fact]
    public void A_build_arg_replaces_a_stage_ARG_default_and_the_global_value_it_inherits()
    {
        var model = SemanticModel.Create(DockerfileParser.Parse("ARG A=g\nFROM scratch\nARG A\nARG B=s\nENV X=$A$B\n"),
            new Dictionary<string, string> { ["A"] = "1", ["B"] = "2", ["UNDECLARED"] = "3" });
        var env = model.Syntax.Stages[0].Instructions[^1];
        Assert.Equal("12", model.Expand("$A$B", env));
        Assert.Equal("", model.Expand("$UNDECLARED", env));
    }

    [Fact]
    public void Names_are_case_sensitive_as_in_BuildKit()
    {
        const string text = "ARG TAG=24.04\nFROM ubuntu:$TAG\nUSER 65534\n";
        Assert.DoesNotContain("DL3007@2", Codes(text, new LintOptions { BuildArgs = { ["tag"] = "latest" } }));
    }

    [Fact]
    public void BUILDKIT_DOCKERFILE_CHECK_replaces_the_directive()
    {
        const string text = "# check=skip=MaintainerDeprecated\nFROM debian:12\nMAINTAINER me\nUSER 65534\n";
        Assert.DoesNotContain("DL4000@3", Codes(text, new LintOptions()));
        var options = new LintOptions { BuildArgs = { ["BUILDKIT_DOCKERFILE_CHECK"] = "error=true" } };
        var maintainer = new DockerfileLinter(options).Lint(text).Diagnostics.Single(d => d.Code == "DL4000");
        Assert.Equal(Severity.Error, maintainer.Severity);
        Assert.DoesNotContain(Codes(text, new LintOptions { BuildArgs = { ["BUILDKIT_DOCKERFILE_CHECK"] = "skip=all" } }), c => c.StartsWith("DL4000", StringComparison.Ordinal));
    }

    [Fact]
    public void Clone_copies_the_build_args()
    {
        var options = new LintOptions { BuildArgs = { ["A"] = "1" } };
        var copy = options.Clone();
        copy.BuildArgs["A"] = "2";
        Assert.Equal("1", options.BuildArgs["A"]);
        Assert.Equal("2", copy.BuildArgs["A"]);
    }
}
