using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Shell;

public class DF7002ContinuationGluesCommandsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN set -eux; \\\n    apt-get update\n")]
    [InlineData("FROM debian:12\nRUN set -eux && \\\n    apt-get update\n")]
    [InlineData("FROM debian:12\nRUN set -o pipefail \\\n    -o errexit; apt-get update\n")]
    [InlineData("FROM debian:12\nRUN set -- a b c\n")]
    // docker-library/busybox: set -- on purpose, the list follows on continuation lines
    [InlineData("FROM debian:12\nRUN set -- \\\n        rootfs/bin/busybox \\\n        rootfs/bin/getconf \\\n    ; echo \"$@\"\n")]
    [InlineData("FROM debian:12\nRUN set -ex -- \\\n    a b\n")]
    [InlineData("FROM debian:12\nRUN cd /src \\\n    && make\n")]
    [InlineData("FROM debian:12\nRUN cd \\\n    /src && make\n")]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n")]
    // package names that look like commands are fine
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    apt-transport-https \\\n    make\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    apt \\\n    curl\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF7002ContinuationGluesCommands>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN set -eux \\\n    [|apt-get update|] \\\n    && apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN set -ex \\\n    [|cd /src|]; make\n")]
    [InlineData("FROM debian:12\nRUN set -o pipefail \\\n    [|curl -fsSL https://example.com/x|] | tar -x\n")]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n    [|apt-get install -y curl|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk update \\\n    [|apk add --no-cache curl|]\n")]
    [InlineData("FROM debian:12\nRUN cd /src \\\n    [|make install|]\n")]
    [InlineData("FROM debian:12\nRUN sudo apt-get update \\\n    [|apt-get install -y curl|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF7002ContinuationGluesCommands>(marked);

    [Fact]
    public void Fix_ends_set_with_a_semicolon() =>
        RuleTester.Fix<DF7002ContinuationGluesCommands>(
            "FROM debian:12\nRUN set -eux \\\n    apt-get update\n",
            "FROM debian:12\nRUN set -eux; \\\n    apt-get update\n");

    [Fact]
    public void Fix_chains_other_commands_with_and() =>
        RuleTester.Fix<DF7002ContinuationGluesCommands>(
            "FROM debian:12\nRUN apt-get update \\\n    apt-get install -y curl\n",
            "FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl\n");
}
