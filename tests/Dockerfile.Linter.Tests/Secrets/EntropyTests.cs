using Dockerfile.Linter.Secrets;

namespace Dockerfile.Linter.Tests.Secrets;

public class EntropyTests
{
    [Theory]
    [InlineData("", 0.0)]
    [InlineData("aaaa", 0.0)]
    [InlineData("abab", 1.0)]
    [InlineData("abcd", 2.0)]
    [InlineData("0123456789abcdef", 4.0)]
    public void Shannon_entropy_in_bits_per_character(string text, double expected)
    {
        Assert.Equal(expected, Entropy.Shannon(text), 6);
    }

    [Fact]
    public void Random_mixed_case_tokens_are_high_entropy()
    {
        Assert.True(Entropy.IsHighEntropy(FakeSecrets.Token("", 32), allowHex: false));
        Assert.True(Entropy.IsHighEntropy(FakeSecrets.Token("", 24), allowHex: false));
    }

    [Theory]
    [InlineData("PSDocker-TestDeps-Debian-12")]
    [InlineData("linuxkit/chained-build-with-args-image1-test-does-not-exist-anywhere-else-123456789")]
    [InlineData("/usr/local/sbin:/usr/local/bin:/usr/sbin")]
    [InlineData("ThisIsAVeryLongIdentifierName")]
    [InlineData("org.opencontainers.image.version")]
    [InlineData("1.2.3-alpine3.19-r0")]
    [InlineData("abc")]
    public void Words_paths_and_versions_are_not_high_entropy(string text)
    {
        Assert.False(Entropy.IsHighEntropy(text, allowHex: false));
    }

    [Fact]
    public void Hex_counts_only_when_allowed()
    {
        const string sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        Assert.False(Entropy.IsHighEntropy(sha, allowHex: false));
        Assert.True(Entropy.IsHighEntropy(sha, allowHex: true));
        Assert.True(Entropy.IsHex(sha));
    }
}
