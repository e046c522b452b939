using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.CopyAdd;

public class DL3010CopyThenExtractTests
{
    [Theory]
    [InlineData("FROM debian:12\nADD app.tar.gz /opt/\n")]
    [InlineData("FROM debian:12\nCOPY app.tar.gz /tmp/\n")]
    [InlineData("FROM debian:12\nCOPY --from=build /x/app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n")]
    [InlineData("FROM debian:12\nCOPY app.tar.gz /tmp/\nFROM debian:12\nRUN tar -xzf /tmp/app.tar.gz\n")]
    public void Valid(string d) => RuleTester.Valid<DL3010CopyThenExtract>(d);

    [Theory]
    [InlineData("FROM debian:12\nCOPY [|app.tar.gz|] /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n")]
    [InlineData("FROM debian:12\nCOPY [|site.zip|] /tmp/\nRUN cd /srv && unzip /tmp/site.zip\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3010CopyThenExtract>(m);
}
