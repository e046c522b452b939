using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3049MissingSchemaLabelTests
{
    private static readonly LintOptions Schema = LabelSchemaOptions.With("org.opencontainers.image.source", "url");

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://x.example\n")]
    [InlineData("FROM alpine:3.20 AS base\nLABEL org.opencontainers.image.source=x\nFROM base\nRUN true\n")]   // inherited
    [InlineData("FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nLABEL \"org.opencontainers.image.source\"=x\n")]
    [InlineData("FROM alpine:3.20\nARG KEY=org.opencontainers.image.source\nLABEL $KEY=x\n")]                  // key through ARG
    [InlineData("FROM alpine:3.20 AS base\nFROM base\nLABEL org.opencontainers.image.source=x\n")]            // base stage is intermediate
    public void Valid(string dockerfile) => RuleTester.Valid<DL3049MissingSchemaLabel>(dockerfile, Schema);

    [Fact]
    public void Silent_without_a_schema() => RuleTester.Valid<DL3049MissingSchemaLabel>("FROM alpine:3.20\n");

    [Theory]
    [InlineData("FROM [|alpine:3.20|]\nLABEL other=x\n")]
    [InlineData("FROM golang:1.23 AS build\nLABEL org.opencontainers.image.source=x\nFROM [|alpine:3.20|]\nCOPY --from=build /a /a\n")]
    [InlineData("FROM [|alpine:3.20|]\nONBUILD LABEL org.opencontainers.image.source=x\n")]
    [InlineData("FROM [|alpine:3.20|] AS a\nFROM [|alpine:3.20|] AS b\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3049MissingSchemaLabel>(marked, Schema);

    [Fact]
    public void One_finding_per_missing_label()
    {
        var options = LabelSchemaOptions.With("a", "text");
        options.LabelSchema["b"] = "url";
        var messages = RuleTester.Diagnostics<DL3049MissingSchemaLabel>("FROM alpine:3.20\nLABEL b=https://x.example\n", options)
            .Select(d => d.Message);
        Assert.Equal(["Label 'a' is missing"], messages);
    }
}
