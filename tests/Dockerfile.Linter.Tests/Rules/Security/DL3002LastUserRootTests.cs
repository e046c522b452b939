using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DL3002LastUserRootTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN true\n")]                                                 // no USER: another rule's business
    [InlineData("FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n")]
    [InlineData("FROM debian:12\nUSER rootless\n")]
    [InlineData("FROM debian:12\nUSER 1000:0\n")]
    [InlineData("FROM debian:12 AS build\nUSER root\nFROM debian:12\nCOPY --from=build /a /a\nUSER app\n")]   // copy source only
    [InlineData("FROM debian:12\nARG U\nUSER $U\n")]                                           // unknown: silent
    [InlineData("FROM debian:12\nONBUILD USER root\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3002LastUserRoot>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nUSER app\nUSER [|root|]\n")]
    [InlineData("FROM debian:12\nUSER [|0|]\n")]
    [InlineData("FROM debian:12\nUSER [|root:root|]\n")]
    [InlineData("FROM debian:12\nUSER [|0:1000|]\n")]
    [InlineData("FROM debian:12\nARG IMAGE_USER=root\nUSER [|$IMAGE_USER|]\n")]                // resolved
    [InlineData("FROM debian:12 AS base\nUSER [|root|]\nFROM base\nRUN true\n")]               // base of another stage
    [InlineData("FROM debian:12 AS a\nUSER [|root|]\nFROM debian:12\nUSER [|root|]\n")]         // every stage that can run
    public void Invalid(string marked) => RuleTester.Invalid<DL3002LastUserRoot>(marked);

    [Fact]
    public void Message_shows_the_resolved_user() =>
        Assert.Equal("The last USER of the stage is 'root:wheel'; switch to an unprivileged user",
            RuleTester.Diagnostics<DL3002LastUserRoot>("FROM a:1\nENV U=root\nUSER $U:wheel\n").Single().Message);
}
