using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3052LabelNotUrlTests
{
    private static readonly LintOptions Schema = LabelSchemaOptions.With("src", "url");

    [Theory]
    [InlineData("https://github.com/acme/app")]
    [InlineData("git://example.com/repo.git")]
    [InlineData("mailto:team@example.com")]
    [InlineData("")]                                                                               // empty: DL3051's business
    public void Valid(string value) => RuleTester.Valid<DL3052LabelNotUrl>($"FROM a:1\nLABEL src=\"{value}\"\n", Schema);

    [Theory]
    [InlineData("github.com/acme/app")]
    [InlineData("/srv/app")]
    [InlineData("https://exa mple.com")]
    [InlineData("not a url")]
    public void Invalid(string value) => RuleTester.Invalid<DL3052LabelNotUrl>($"FROM a:1\nLABEL src=[|\"{value}\"|]\n", Schema);

    [Fact]
    public void Only_labels_of_type_url_are_checked() =>
        RuleTester.Valid<DL3052LabelNotUrl>("FROM a:1\nLABEL other=nope\n", Schema);

    [Fact]
    public void Onbuild_is_not_checked() =>
        RuleTester.Valid<DL3052LabelNotUrl>("FROM a:1\nONBUILD LABEL src=nope\n", Schema);
}
