using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC1001UselessEscapeTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN sed -i 's/a\\/b/c/' f && echo \"a\\_b\" $'\\u00e9'\n")]
    [InlineData("FROM debian:12\nRUN find . -name \\*.c -exec rm {} \\; && echo \\$HOME \\\"x\\\" a\\ b\n")]
    [InlineData("FROM debian:12\nRUN grep a\\|b f; echo \\{a\\} \\. \\~ \\# \\[x\\]\n")]
    [InlineData("FROM debian:12\nRUN echo a\\nb\n")]
    // A backslash opening the command name bypasses an alias (ShellCheck accepts it too).
    [InlineData("FROM debian:12\nRUN \\cp -f ./xstartup /.vnc/. && A=1 \\rm -f /z\n")]
    // Nothing after a syntax error, where ShellCheck stops.
    [InlineData("FROM debian:12\nRUN echo print(\"x\") && echo C:\\build\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\tmp && mkdir C:\\bin\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC1001UselessEscape>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN dnf config-manager --add-repo \\\n\thttp://x/Fedora[|\\_|]25/a.repo\n")]
    [InlineData("FROM debian:12\nRUN apt-get [|\\u|]pdate && sed -i s/a[|\\/|]b/c/ f\n")]
    [InlineData("FROM debian:12\nRUN X=C:[|\\b|]uild && echo x > C:[|\\d|]ir\n")]
    [InlineData("FROM debian:12\nRUN sudo [|\\c|]p a b && echo [|\\c|]p\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\ncurl -o C:[|\\w|]in x\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC1001UselessEscape>(marked);
}
