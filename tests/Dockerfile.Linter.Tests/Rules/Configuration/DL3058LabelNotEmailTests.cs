using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3058LabelNotEmailTests
{
    private static readonly LintOptions Schema = LabelSchemaOptions.With("maintainer", "email");

    [Theory]
    [InlineData("jane@example.com")]
    [InlineData("jane.doe+docker@sub.example.org")]
    public void Valid(string value) => RuleTester.Valid<DL3058LabelNotEmail>($"FROM a:1\nLABEL maintainer=\"{value}\"\n", Schema);

    [Theory]
    [InlineData("Jane Doe")]
    [InlineData("Jane Doe <jane@example.com>")]                                                    // display name
    [InlineData("jane@")]
    public void Invalid(string value) => RuleTester.Invalid<DL3058LabelNotEmail>($"FROM a:1\nLABEL maintainer=[|\"{value}\"|]\n", Schema);

    [Fact]
    public void Message_names_key_and_value() =>
        Assert.Equal("Label 'maintainer' must be a bare e-mail address; 'nobody' is not",
            RuleTester.Diagnostics<DL3058LabelNotEmail>("FROM a:1\nLABEL maintainer=nobody\n", Schema).Single().Message);
}
