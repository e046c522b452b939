using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DL3066NonNumericUserTests
{
    [Theory]
    [InlineData("FROM debian:12\nUSER 10001\n")]
    [InlineData("FROM debian:12\nUSER 10001:app\n")]
    [InlineData("FROM debian:12\nARG UID=app\nUSER $UID\n")]                                   // variables are not reported
    [InlineData("FROM debian:12\nUSER ${APP_USER}:${APP_GROUP}\n")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nFROM base\nUSER app\n")]   // Windows base stage
    [InlineData("FROM acme/app:1\nSHELL [\"pwsh\", \"-Command\"]\nUSER app\n")]
    [InlineData("FROM debian:12\nONBUILD USER app\n")]
    [InlineData("FROM debian:12\nUSER root\nRUN make install\nUSER 10001\n")]            // uid 0 would be no better
    [InlineData("FROM debian:12\nUSER root:root\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN make\nUSER root\nRUN make install\n")]      // the audit's reproducer: runs as root
    [InlineData("FROM debian:12 AS build\nUSER builder\nRUN make\nFROM debian:12\nUSER 10001\n")] // a builder stage's user
    [InlineData("FROM debian:12\nUSER app\nRUN make\nUSER 10001\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3066NonNumericUser>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nUSER [|app|]\n")]
    [InlineData("FROM debian:12\nUSER [|app|]:1000\n")]
    [InlineData("FROM debian:12 AS a\nUSER a\nFROM a\nUSER [|b|]\n")]
    [InlineData("FROM debian:12 AS a\nUSER [|a|]\nFROM a\nRUN make\n")]                           // inherited by the final stage
    [InlineData("FROM debian:12\nUSER app\nRUN make\nUSER root\nRUN make install\nUSER [|web|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3066NonNumericUser>(marked);
}
