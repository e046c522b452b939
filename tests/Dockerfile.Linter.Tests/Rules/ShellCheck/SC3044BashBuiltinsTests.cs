using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3044BashBuiltinsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN cd /usr/local/src && make && echo pushd\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN pushd /src && make && popd\n")]
    [InlineData("FROM debian:12\nRUN bash -c 'shopt -s globstar; ls **'\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3044BashBuiltins>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|pushd|] /usr/local/src && \\\n    make && \\\n    [|popd|]\n")]
    [InlineData("FROM debian:12\nRUN [|declare|] -a X && [|shopt|] -s dotglob\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3044BashBuiltins>(marked);
}
