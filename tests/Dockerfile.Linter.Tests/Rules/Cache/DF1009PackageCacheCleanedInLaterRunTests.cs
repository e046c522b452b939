using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1009PackageCacheCleanedInLaterRunTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\nRUN apt-get clean\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN rm -rf /var/cache/apk/*\n")]
    [InlineData("FROM debian:12 AS a\nRUN apt-get update && apt-get install -y curl\nFROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1009PackageCacheCleanedInLaterRun>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN {|apt-get update|} && apt-get install -y curl\nRUN [|rm -rf /var/lib/apt/lists/*|]\n")]
    [InlineData("FROM debian:12\nRUN {|apt-get update|} && apt-get install -y curl\nCOPY . /app\nRUN make -C /app && [|apt-get clean|]\n")]
    [InlineData("FROM alpine:3.20\nRUN {|apk add curl|}\nRUN [|rm -rf /var/cache/apk/*|]\n")]
    [InlineData("FROM centos:7\nRUN {|yum install -y curl|}\nRUN [|yum clean all|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1009PackageCacheCleanedInLaterRun>(marked);
}
