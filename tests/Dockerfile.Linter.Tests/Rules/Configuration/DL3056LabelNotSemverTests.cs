using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3056LabelNotSemverTests
{
    private static readonly LintOptions Schema = LabelSchemaOptions.With("version", "semver");

    [Theory]
    [InlineData("1.4.2")]
    [InlineData("0.0.0")]
    [InlineData("2.0.0-rc.1+build.7")]
    [InlineData("1.0.0-alpha-1")]
    public void Valid(string value) => RuleTester.Valid<DL3056LabelNotSemver>($"FROM a:1\nLABEL version={value}\n", Schema);

    [Theory]
    [InlineData("v1.4.2")]
    [InlineData("1.4")]
    [InlineData("01.4.2")]
    [InlineData("1.4.2-")]
    public void Invalid(string value) => RuleTester.Invalid<DL3056LabelNotSemver>($"FROM a:1\nLABEL version=[|{value}|]\n", Schema);
}
