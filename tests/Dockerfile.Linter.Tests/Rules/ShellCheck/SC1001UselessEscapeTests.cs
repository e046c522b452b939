using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC1001UselessEscapeTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN sed -i 's/a\\/b/c/' f && echo \"a\\_b\" $'\\u00e9'\n")]
    [InlineData("FROM debian:12\nRUN find . -name \\*.c -exec rm {} \\; && echo \\$HOME \\\"x\\\" a\\ b\n")]
    [InlineData("FROM debian:12\nRUN grep a\\|b f; echo \\{a\\} \\. \\~ \\# \\[x\\]\n")]
    [InlineData("FROM debian:12\nRUN echo a\\nb\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\tmp && mkdir C:\\bin\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC1001UselessEscape>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN dnf config-manager --add-repo \\\n\thttp://x/Fedora[|\\_|]25/a.repo\n")]
    [InlineData("FROM debian:12\nRUN apt-get [|\\u|]pdate && sed -i s/a[|\\/|]b/c/ f\n")]
    [InlineData("FROM debian:12\nRUN X=C:[|\\b|]uild && echo x > C:[|\\d|]ir\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC1001UselessEscape>(marked);
}
