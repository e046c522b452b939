using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

/// <summary>DL3002 for a USER that resolves to root through ARG and ENV defaults.</summary>
public class DL3002ArgDefaultRootTests
{
    [Theory]
    [InlineData("FROM debian:12\nARG USER_ID=1000\nUSER \"$USER_ID:$USER_ID\"\n")]
    [InlineData("FROM debian:12\nARG USER_ID\nUSER \"$USER_ID:$USER_ID\"\n")]
    [InlineData("FROM debian:12\nENV APP_USER=app\nUSER ${APP_USER}\n")]
    [InlineData("FROM debian:12\nARG USER_ID=0\nUSER '${USER_ID}'\n")] // single quotes keep the text as written
    public void Valid(string dockerfile) => RuleTester.Valid<DL3002LastUserRoot>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nARG USER_ID=0\nUSER [|\"$USER_ID:$USER_ID\"|]\n")]
    [InlineData("FROM debian:12\nARG USER_ID=0\nARG GROUP_ID=0\nUSER [|${USER_ID}:\"${GROUP_ID}\"|]\n")]
    [InlineData("FROM debian:12\nENV APP_USER=root\nUSER [|${APP_USER}|]\n")]
    [InlineData("FROM debian:12\nARG UID=0\nUSER [|${UID:-1000}|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3002LastUserRoot>(marked);
}
