using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4003TlsVerificationDisabledTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN curl -fsSL https://x.example.com/a -o /a\n")]
    [InlineData("FROM alpine:3.20\nRUN curl -fsSLo k https://x.example.com/a\n")] // the k is the -o value
    [InlineData("FROM alpine:3.20\nRUN wget -q https://x.example.com/a\n")]
    [InlineData("FROM alpine:3.20\nRUN npm config set registry https://r.example.com/\n")]
    [InlineData("FROM alpine:3.20\nRUN git config --global http.sslVerify true\n")]
    [InlineData("FROM alpine:3.20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n")]
    [InlineData("FROM alpine:3.20\nENV GIT_SSL_NO_VERIFY=false\n")]
    [InlineData("FROM alpine:3.20\nARG PYTHONHTTPSVERIFY\n")]
    [InlineData("FROM alpine:3.20\nRUN echo --insecure\n")]
    [InlineData("FROM mcr.microsoft.com/powershell:7.4-alpine-3.20\nSHELL [\"pwsh\", \"-Command\"]\nRUN curl -k https://x.example.com/a\n")] // not a POSIX shell
    public void Valid(string dockerfile) => RuleTester.Valid<DF4003TlsVerificationDisabled>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN curl [|-k|] https://x.example.com/a\n")]
    [InlineData("FROM alpine:3.20\nRUN curl [|-fsSLk|] https://x.example.com/a | tar -x\n")]
    [InlineData("FROM alpine:3.20\nRUN curl [|--insecure|] -o /a https://x.example.com/a\n")]
    [InlineData("FROM alpine:3.20\nRUN wget [|--no-check-certificate|] https://x.example.com/a\n")]
    [InlineData("FROM alpine:3.20\nRUN pip install [|--trusted-host|] pypi.example.com pkg\n")]
    [InlineData("FROM alpine:3.20\nRUN python3 -m pip install [|--trusted-host=pypi.example.com|] pkg\n")]
    [InlineData("FROM alpine:3.20\nRUN npm config set [|strict-ssl false|]\n")]
    [InlineData("FROM alpine:3.20\nRUN yarn config set [|strict-ssl false|] && yarn\n")]
    [InlineData("FROM alpine:3.20\nRUN git config --global [|http.sslVerify false|]\n")]
    [InlineData("FROM alpine:3.20\nRUN git -c [|http.sslVerify=false|] clone https://g.example.com/r\n")]
    [InlineData("FROM alpine:3.20\nRUN conda config --set [|ssl_verify false|]\n")]
    [InlineData("FROM alpine:3.20\nENV [|NODE_TLS_REJECT_UNAUTHORIZED=0|]\n")]
    [InlineData("FROM alpine:3.20\nENV A=1 [|PYTHONHTTPSVERIFY=\"0\"|]\n")]
    [InlineData("FROM alpine:3.20\nARG [|GIT_SSL_NO_VERIFY=1|]\n")]
    [InlineData("FROM alpine:3.20\nRUN [|GIT_SSL_NO_VERIFY=true|] git clone https://g.example.com/r\n")]
    [InlineData("FROM alpine:3.20\nRUN export [|NODE_TLS_REJECT_UNAUTHORIZED=0|] && npm ci\n")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN sudo curl [|-k|] https://x.example.com/a\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4003TlsVerificationDisabled>(marked);

    [Fact]
    public void Message_quotes_the_switch() =>
        Assert.Equal("'--no-check-certificate' turns off TLS certificate verification, so downloads can be tampered with; install the CA certificate instead",
            RuleTester.Diagnostics<DF4003TlsVerificationDisabled>("FROM alpine:3.20\nRUN wget --no-check-certificate https://x/a\n").Single().Message);

    [Fact]
    public void Spans_land_on_the_right_physical_line_with_crlf() =>
        RuleTester.Invalid<DF4003TlsVerificationDisabled>("FROM alpine:3.20\r\nRUN apk add curl \\\r\n && curl [|--insecure|] -o /a https://x.example.com/a\r\n");

    [Fact]
    public void Heredoc_scripts_are_checked() =>
        RuleTester.Invalid<DF4003TlsVerificationDisabled>("FROM alpine:3.20\nRUN <<EOF\nset -e\nwget [|--no-check-certificate|] https://x.example.com/a\nEOF\n");
}
