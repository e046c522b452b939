using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Shell;

public class DL3003CdInRunTests
{
    [Theory]
    [InlineData("FROM debian:12\nWORKDIR /src\nRUN make\n")]
    [InlineData("FROM debian:12\nRUN (cd docs && make html)\n")]
    [InlineData("FROM debian:12\nRUN echo cd\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3003CdInRun>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|cd|] /src && make\n")]
    [InlineData("FROM debian:12\nRUN git clone x && \\\n    [|cd|] x && make\n")]
    [InlineData("FROM debian:12\nONBUILD RUN [|cd|] /src\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3003CdInRun>(marked);
}
