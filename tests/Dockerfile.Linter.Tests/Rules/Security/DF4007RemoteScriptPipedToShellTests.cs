using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4007RemoteScriptPipedToShellTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN curl -fsSL https://x.example.com/a.tar.gz | tar -xz\n")]
    [InlineData("FROM alpine:3.20\nRUN curl -fsSL https://x.example.com/a | sha256sum\n")]
    [InlineData("FROM alpine:3.20\nRUN curl -fsSLo /tmp/i.sh https://x.example.com/i.sh && sh /tmp/i.sh\n")]
    [InlineData("FROM alpine:3.20\nRUN wget -qO- https://x.example.com/key | gpg --dearmor > /k.gpg\n")]
    [InlineData("FROM alpine:3.20\nRUN echo curl | sh\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4007RemoteScriptPipedToShell>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN [|curl -fsSL https://get.example.com | sh|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add curl && [|wget -qO- https://get.example.com | sudo bash|] -s -- -y\n")]
    [InlineData("FROM alpine:3.20\nRUN [|curl -sS https://getcomposer.org/installer | php|] -- --install-dir=/usr/bin\n")]
    [InlineData("FROM alpine:3.20\nRUN [|curl -fsSL https://x.example.com/i.py | python3|] -\n")]
    [InlineData("FROM alpine:3.20\nRUN [|curl -fsSL https://x.example.com/i.sh | tr -d '\\r' | /bin/bash|]\n")]
    [InlineData("FROM alpine:3.20\nRUN [|bash -c \"$(curl -fsSL https://x.example.com/i.sh)\"|]\n")]
    [InlineData("FROM alpine:3.20\nRUN MODE=raw [|bash -c \"$(curl -L https://x.example.com/i.sh)\"|] && true\n")]
    [InlineData("FROM alpine:3.20\nRUN [|curl -fsSL https://x.example.com/i.sh \\\n  | sh|]\n")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN [|curl https://x.example.com | sh|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4007RemoteScriptPipedToShell>(marked);

    [Fact]
    public void Message_masks_credentials_in_the_quoted_command()
    {
        var message = RuleTester.Diagnostics<DF4007RemoteScriptPipedToShell>(
            "FROM alpine:3.20\nRUN curl -u bot:hunter22 https://x.example.com/i | sh\n").Single().Message;
        Assert.DoesNotContain("hunter22", message);
        Assert.Contains("bot:hu******", message);
    }

    // Messages are masked when a report is kept: the summary of the findings past the per-file limit quotes the first
    // one it leaves out, masked too.
    [Fact]
    public void Summary_of_findings_past_the_limit_masks_the_one_it_quotes()
    {
        var text = new System.Text.StringBuilder("FROM alpine:3.20\n");
        for (int i = 0; i <= Dockerfile.Linter.Rules.SuppressionFilter.MaxFindingsPerRule; i++)
            text.Append("RUN curl -u bot:hunter22 https://x.example.com/i | sh\n");
        var diagnostics = RuleTester.Diagnostics<DF4007RemoteScriptPipedToShell>(text.ToString());
        Assert.Contains("not listed", diagnostics[^1].Message);
        Assert.Contains("bot:hu******", diagnostics[^1].Message);
        Assert.All(diagnostics, d => Assert.DoesNotContain("hunter22", d.Message));
    }
}
