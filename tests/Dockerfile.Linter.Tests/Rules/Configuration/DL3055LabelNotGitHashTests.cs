using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3055LabelNotGitHashTests
{
    private static readonly LintOptions Schema = LabelSchemaOptions.With("revision", "hash");

    [Theory]
    [InlineData("3f2a9c1")]
    [InlineData("3f2a9c1d0e")]
    [InlineData("0123456789abcdef0123456789abcdef01234567")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Valid(string value) => RuleTester.Valid<DL3055LabelNotGitHash>($"FROM a:1\nLABEL revision={value}\n", Schema);

    [Theory]
    [InlineData("main")]
    [InlineData("3F2A9C1")]                                                                         // upper case
    [InlineData("3f2a9c")]                                                                          // too short
    [InlineData("0123456789abcdef0123456789abcdef012345678")]                                       // 41 digits
    public void Invalid(string value) => RuleTester.Invalid<DL3055LabelNotGitHash>($"FROM a:1\nLABEL revision=[|{value}|]\n", Schema);
}
