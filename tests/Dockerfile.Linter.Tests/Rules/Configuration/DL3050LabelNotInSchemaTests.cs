using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3050LabelNotInSchemaTests
{
    private static readonly LintOptions Strict = LabelSchemaOptions.With("org.opencontainers.image.source", "url", strict: true);

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.source=x\n")]
    [InlineData("FROM alpine:3.20\nLABEL 'org.opencontainers.image.source'=x\n")]
    [InlineData("FROM alpine:3.20\nARG K\nLABEL $K=x\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3050LabelNotInSchema>(dockerfile, Strict);

    [Fact]
    public void Silent_unless_strict() =>
        RuleTester.Valid<DL3050LabelNotInSchema>("FROM alpine:3.20\nLABEL x=1\n", LabelSchemaOptions.With("y", "text"));

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL [|org.opencontainers.image.sources|]=x\n")]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.source=x \\\n  [|vendor|]=acme\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3050LabelNotInSchema>(marked, Strict);

    [Fact]
    public void Empty_schema_with_strict_labels_rejects_every_label() =>
        RuleTester.Invalid<DL3050LabelNotInSchema>("FROM alpine:3.20\nLABEL [|a|]=1 [|b|]=2\n", new LintOptions { StrictLabels = true });
}
