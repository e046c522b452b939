using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC1088InvalidParenthesisTests
{
    [Theory]
    [InlineData("FROM python:3.12\nRUN echo 'print(\"hello\")' > /app/hello.py\n")]
    [InlineData("FROM debian:12\nRUN (cd /x && make) && f() { echo; } && x=$(date) && echo $((1+2))\n")]
    [InlineData("FROM debian:12\nRUN echo \"abc\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN icacls C:\\d /grant \"CREATOR OWNER\":(OI)(CI)F\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC1088InvalidParenthesis>(dockerfile);

    [Theory]
    [InlineData("FROM python:3.12\nRUN echo print[|(|]\"hello\") > /app/hello.py\n")]
    [InlineData("FROM debian:12\nRUN mkdir /d && \\\n    icacls /d /grant \"CREATOR OWNER\":[|(|]OI)(CI)F\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC1088InvalidParenthesis>(marked);
}
