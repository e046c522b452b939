using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3048InvalidLabelKeyTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.title=app maintainer=me\n")]
    [InlineData("FROM alpine:3.20\nLABEL \"com.example.vendor\"=\"ACME\" version=1.0\n")]
    [InlineData("FROM alpine:3.20\nARG K\nLABEL $K=x\n")]                                       // unknown key: silent
    [InlineData("FROM alpine:3.20\nONBUILD LABEL Bad=x\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3048InvalidLabelKey>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL [|Maintainer|]=me\n")]
    [InlineData("FROM alpine:3.20\nLABEL [|com.example.vendor_name|]=x ok=1\n")]
    [InlineData("FROM alpine:3.20\nLABEL [|com.example.|]=x\n")]
    [InlineData("FROM alpine:3.20\nLABEL [|com..example|]=x [|a--b|]=y\n")]
    [InlineData("FROM alpine:3.20\nLABEL [|com.docker.thing|]=x\n")]
    [InlineData("FROM alpine:3.20\nLABEL [|1abc|]=x\n")]
    [InlineData("FROM alpine:3.20\nLABEL [|org/app|]=x\n")]
    [InlineData("FROM alpine:3.20\nENV K=Bad\nLABEL [|${K}|]=x\n")]
    [InlineData("FROM alpine:3.20\nLABEL a=1 \\\n  [|B|]=2\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3048InvalidLabelKey>(marked);

    [Fact]
    public void Message_gives_the_reason() =>
        Assert.Equal("Label key 'com.docker.x' is invalid: the namespace is reserved for Docker",
            RuleTester.Diagnostics<DL3048InvalidLabelKey>("FROM a:1\nLABEL com.docker.x=1\n").Single().Message);
}
