using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4004SignatureVerificationDisabledTests
{
    [Theory]
    [InlineData("FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y --setopt=install_weak_deps=False gcc\n")]
    [InlineData("FROM fedora:40\nRUN echo 'gpgcheck=1' >> /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM fedora:40\nRUN echo 'repo_gpgcheck=1' >> /etc/yum.repos.d/x.repo\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4004SignatureVerificationDisabled>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12-slim\nRUN apt-get install -y [|--allow-unauthenticated|] tool\n")]
    [InlineData("FROM debian:12-slim\nRUN apt-get -o [|APT::Get::AllowUnauthenticated=true|] install tool\n")]
    [InlineData("FROM debian:12-slim\nRUN echo \"deb [|[trusted=yes]|] http://r.example.com/ ./\" > /etc/apt/sources.list.d/r.list\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y [|--nogpgcheck|] tool\n")]
    [InlineData("FROM fedora:40\nRUN rpm -i [|--nosignature|] tool.rpm\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add [|--allow-untrusted|] /tmp/tool.apk\n")]
    [InlineData("FROM fedora:40\nRUN printf '[r]\\nbaseurl=http://r\\n[|gpgcheck=0|]\\n' > /etc/yum.repos.d/r.repo\n")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN apk add [|--allow-untrusted|] /tmp/tool.apk\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4004SignatureVerificationDisabled>(marked);
}
