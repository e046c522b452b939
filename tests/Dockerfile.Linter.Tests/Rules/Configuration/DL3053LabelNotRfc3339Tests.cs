using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3053LabelNotRfc3339Tests
{
    private static readonly LintOptions Schema = LabelSchemaOptions.With("created", "rfc3339");

    [Theory]
    [InlineData("2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T12:00:00.123+02:00")]
    [InlineData("2024-05-01 12:00:00z")]
    public void Valid(string value) => RuleTester.Valid<DL3053LabelNotRfc3339>($"FROM a:1\nLABEL created=\"{value}\"\n", Schema);

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T12:00:00")]                                                             // no offset
    [InlineData("2024-13-01T12:00:00Z")]                                                            // month 13
    [InlineData("yesterday")]
    public void Invalid(string value) => RuleTester.Invalid<DL3053LabelNotRfc3339>($"FROM a:1\nLABEL created=[|\"{value}\"|]\n", Schema);

    [Fact]
    public void Resolves_build_arguments() =>
        RuleTester.Invalid<DL3053LabelNotRfc3339>("FROM a:1\nARG DATE=today\nLABEL created=[|$DATE|]\n", Schema);
}
