using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC1012LiteralEscapeLetterTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN printf '%s\\n' x && printf \"a\\tb\\r\"\n")]
    [InlineData("FROM debian:12\nRUN echo a\\_b\n")]
    [InlineData("FROM debian:12\nRUN icacls /d /grant x:(OI)F && \\\n    mkdir C:\\volumes\\test_dir\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir c:\\nginx\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC1012LiteralEscapeLetter>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN printf %s[|\\n|] x && echo a[|\\t|]b[|\\r|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC1012LiteralEscapeLetter>(marked);
}
