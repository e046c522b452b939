using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1006GitCloneUnpinnedTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN git clone --depth 1 --branch v1.4.2 https://github.com/example/tool.git /opt/tool\n")]
    [InlineData("FROM debian:12\nARG VERSION=v1\nRUN git clone -b \"$VERSION\" https://github.com/example/tool.git\n")]
    [InlineData("FROM debian:12\nRUN git clone https://github.com/example/tool.git /opt/tool && cd /opt/tool && git checkout 3f2a1b9c\n")]
    [InlineData("FROM debian:12\nRUN git clone https://github.com/example/tool.git /opt/tool\nWORKDIR /opt/tool\nRUN git reset --hard 3f2a1b9c\n")]
    [InlineData("FROM debian:12\nARG COMMIT\nRUN git clone https://github.com/example/tool.git /t && git -C /t checkout \"$COMMIT\"\n")]
    [InlineData("FROM debian:12\nRUN git clone --revision=3f2a1b9c https://github.com/example/tool.git\n")]
    [InlineData("FROM debian:12\nRUN echo git clone https://github.com/example/tool.git\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1006GitCloneUnpinned>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN git clone --depth 1 [|https://github.com/example/tool.git|] /opt/tool\n")]
    [InlineData("FROM debian:12\nRUN git clone -b master [|https://github.com/example/tool.git|]\n")]
    [InlineData("FROM debian:12\nRUN git clone [|https://github.com/example/tool.git|] && cd tool && git checkout main\n")]
    [InlineData("FROM debian:12\nRUN git clone [|https://github.com/example/tool.git|] && cd tool && git checkout -b local\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1006GitCloneUnpinned>(marked);
}
