using Dockerfile.Linter.Secrets;

namespace Dockerfile.Linter.Tests.Secrets;

public class SecretMaskTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("abc", "***")]
    [InlineData("hunter", "h*****")]
    [InlineData("hunter22", "hu******")]
    [InlineData("0123456789abcdef", "0123************")]
    public void Mask_keeps_a_short_prefix_and_the_length(string? value, string expected)
    {
        Assert.Equal(expected, SecretMask.Mask(value));
    }

    [Fact]
    public void Mask_never_reveals_more_than_four_characters()
    {
        var rng = new Random(12345);
        for (int length = 0; length < 200; length++)
        {
            var value = new string(Enumerable.Range(0, length).Select(_ => (char)rng.Next('!', '~')).ToArray());
            var masked = SecretMask.Mask(value);
            Assert.Equal(value.Length, masked.Length);
            int revealed = masked.TakeWhile((c, i) => c == value[i] && c != '*').Count();
            Assert.True(revealed <= Math.Min(4, length / 4 + 1), $"{length}: {revealed}");
            Assert.True(masked.Skip(Math.Min(4, masked.Length)).All(c => c == '*'));
        }
    }

    [Fact]
    public void Finding_text_never_contains_the_value()
    {
        string token = FakeSecrets.Token("ghp_", 36);
        var finding = Assert.Single(SecretScanner.Scan($"git clone https://{token}@github.com/a/b"));
        Assert.Equal(token, finding.Value);
        Assert.DoesNotContain(token, finding.ToString());
        Assert.DoesNotContain(token[5..], finding.Masked);
    }
}
