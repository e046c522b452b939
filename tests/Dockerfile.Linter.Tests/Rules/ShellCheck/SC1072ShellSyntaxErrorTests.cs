using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC1072ShellSyntaxErrorTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN MESSAGE=\"it's done\" ./notify.sh\n")]
    [InlineData("FROM debian:12\nRUN if true; then echo y; fi && case x in a) echo;; esac\n")]
    [InlineData("FROM debian:12\nRUN echo print(\"x\")\n")]
    // BuildKit drops a continuation at the end of the file.
    [InlineData("FROM debian:12\nRUN something \\")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"echo 'a\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Write-Host 'it`'s'\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC1072ShellSyntaxError>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN GIT_SSL_NO_VERIFY=\"0\" TEST='lol\\'[|'|] git clone https://x\n")]
    [InlineData("FROM debian:12\nRUN echo [|\"|]abc\n")]
    [InlineData("FROM debian:12\nRUN a && \\\n    echo [|`|]date\n")]
    [InlineData("FROM debian:12\nRUN echo a[|)|] && echo b)\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'echo [|\"|]x'\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\necho [|'|]x\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC1072ShellSyntaxError>(marked);

    [Fact]
    public void The_message_describes_the_error()
    {
        var d = Assert.Single(RuleTester.Diagnostics<SC1072ShellSyntaxError>("FROM debian:12\nRUN echo \"abc\n"));
        Assert.Contains("unterminated double quote", d.Message);
    }
}
