using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

public class DL3026UntrustedRegistryTests
{
    private static LintOptions Trusting(params string[] registries)
    {
        var options = new LintOptions();
        foreach (string r in registries) options.TrustedRegistries.Add(r);
        return options;
    }

    [Theory]
    [InlineData("FROM evil.example.org/app:1\n")]                                              // no trusted list: rule is off
    public void Valid_without_configuration(string dockerfile) => RuleTester.Valid<DL3026UntrustedRegistry>(dockerfile);

    [Theory]
    [InlineData("FROM registry.example.com/app:1\n")]
    [InlineData("FROM REGISTRY.example.com/app:1\n")]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM registry.example.com/a:1 AS build\nFROM build\nCOPY --from=build /a /a\nCOPY --from=0 /a /b\n")]
    [InlineData("ARG REG=registry.example.com\nFROM $REG/app:1\n")]                            // resolved through ARG
    [InlineData("ARG IMAGE\nFROM $IMAGE\n")]                                                   // unknown: silent
    [InlineData("FROM registry.example.com/a:1\nRUN --mount=type=bind,from=registry.example.com/tools:1,target=/t true\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3026UntrustedRegistry>(dockerfile, Trusting("registry.example.com"));

    [Theory]
    [InlineData("FROM alpine:3.20\n", "docker.io")]
    [InlineData("FROM library/alpine:3.20\n", "hub.docker.com")]
    [InlineData("FROM ghcr.io/acme/app:1\n", "*")]
    [InlineData("FROM ghcr.io/acme/app:1\n", "*.io")]
    [InlineData("FROM registry-eu.example.com/app:1\n", "registry-*")]
    public void Valid_patterns(string dockerfile, string pattern) => RuleTester.Valid<DL3026UntrustedRegistry>(dockerfile, Trusting(pattern));

    [Theory]
    [InlineData("FROM [|alpine:3.20|]\n")]
    [InlineData("FROM [|ghcr.io/acme/app:1|] AS a\nFROM a\n")]
    [InlineData("FROM [|localhost:5000/app:1|]\n")]                                            // host:port is a registry
    [InlineData("ARG BASE=quay.io/app:1\nFROM [|$BASE|]\n")]
    [InlineData("FROM registry.example.com/a:1\nCOPY --from=[|nginx:1.27|] /etc/nginx /etc/nginx\n")]
    [InlineData("FROM registry.example.com/a:1\nRUN [|--mount=type=cache,from=ghcr.io/x/cache:1,target=/c|] true\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3026UntrustedRegistry>(marked, Trusting("registry.example.com"));

    [Fact]
    public void Message_names_image_and_registry() =>
        Assert.Equal("Image 'ghcr.io/a/b:1' comes from registry 'ghcr.io', which is not in the trusted registries",
            RuleTester.Diagnostics<DL3026UntrustedRegistry>("FROM ghcr.io/a/b:1\n", Trusting("docker.io")).Single().Message);
}
