using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3051EmptySchemaLabelTests
{
    private static readonly LintOptions Schema = LabelSchemaOptions.With("org.opencontainers.image.revision", "hash");

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.revision=3f2a9c1\n")]
    [InlineData("FROM alpine:3.20\nLABEL other=\"\"\n")]                                         // not in the schema
    [InlineData("FROM alpine:3.20\nARG REV\nLABEL org.opencontainers.image.revision=$REV\n")]     // unknown: silent
    public void Valid(string dockerfile) => RuleTester.Valid<DL3051EmptySchemaLabel>(dockerfile, Schema);

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.revision=[|\"\"|]\n")]
    [InlineData("FROM alpine:3.20\nARG REV=\"\"\nLABEL org.opencontainers.image.revision=[|\"$REV\"|]\n")]
    [InlineData("FROM alpine:3.20\nLABEL a=b org.opencontainers.image.revision=[|''|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3051EmptySchemaLabel>(marked, Schema);
}
