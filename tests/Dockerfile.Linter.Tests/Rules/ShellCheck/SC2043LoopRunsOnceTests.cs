using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2043LoopRunsOnceTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN for d in a b; do echo \"$d\"; done\n")]
    [InlineData("FROM debian:12\nRUN for d in \"$a\"; do echo \"$d\"; done\n")]
    [InlineData("FROM debian:12\nRUN for d in $a; do echo \"$d\"; done\n")]
    [InlineData("FROM debian:12\nRUN for f in *.txt; do echo \"$f\"; done\n")]
    [InlineData("FROM debian:12\nRUN for f in a[0]; do echo \"$f\"; done\n")]
    [InlineData("FROM debian:12\nRUN for f in 'a b'; do echo \"$f\"; done\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN for i in {1..3}; do echo \"$i\"; done\n")]
    [InlineData("FROM debian:12\nRUN for d; do echo \"$d\"; done\n")]
    [InlineData("FROM debian:12\nRUN echo for x in a\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2043LoopRunsOnce>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN for d in [|\"/var/log/app /var/cache/app\"|]; do mkdir -p \"$d\"; done\n")]
    [InlineData("FROM debian:12\nRUN for x in [|a|]; do echo \"$x\"; done\n")]
    [InlineData("FROM debian:12\nRUN for x in [|/a/b/|]; do echo \"$x\"; done\n")]
    [InlineData("FROM debian:12\nRUN for x in [|a\\ b|]; do echo \"$x\"; done\n")]
    [InlineData("FROM debian:12\nRUN set -e; \\\n    for arch in \\\n        [|amd64|]; \\\n    do echo \"$arch\"; done\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'for x in [|a|]; do echo \"$x\"; done'\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nfor x in [|a|]; do\n  echo \"$x\"\ndone\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2043LoopRunsOnce>(marked);
}
