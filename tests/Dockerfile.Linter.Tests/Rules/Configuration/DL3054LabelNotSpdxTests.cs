using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3054LabelNotSpdxTests
{
    private static readonly LintOptions Schema = LabelSchemaOptions.With("licenses", "spdx");

    [Theory]
    [InlineData("MIT")]
    [InlineData("Apache-2.0")]
    [InlineData("apache-2.0")]
    [InlineData("MIT OR Apache-2.0")]
    [InlineData("(MIT AND BSD-3-Clause) OR GPL-2.0-or-later")]
    [InlineData("GPL-2.0-only WITH Classpath-exception-2.0")]
    [InlineData("LicenseRef-acme-proprietary")]
    [InlineData("GPL-2.0+")]
    public void Valid(string value) => RuleTester.Valid<DL3054LabelNotSpdx>($"FROM a:1\nLABEL licenses=\"{value}\"\n", Schema);

    [Theory]
    [InlineData("Apache License 2.0")]
    [InlineData("MIT OR")]
    [InlineData("(MIT")]
    [InlineData("MIT WITH Nothing-exception")]
    [InlineData("proprietary")]
    public void Invalid(string value) => RuleTester.Invalid<DL3054LabelNotSpdx>($"FROM a:1\nLABEL licenses=[|\"{value}\"|]\n", Schema);
}
