using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3040SetOptionTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN set -eux; set -o errexit -o nounset\n")]
    [InlineData("FROM debian:12\nRUN set -- -o pipefail; set -ex pipefail\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN set -eo pipefail; curl x | sh\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -euo pipefail\nEOF\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3040SetOption>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN set -eo [|pipefail|]; \\\n  find . | xargs shellcheck\n")]
    [InlineData("FROM debian:12\nRUN set -e -o [|pipefail|] && set +o [|posix|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3040SetOption>(marked);
}
