using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

/// <summary>DF4003 for certificate and host-key checks switched off in written configuration and generic options.</summary>
public class DF4003WrittenConfigurationTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo 'TLS_REQCERT demand' >> /etc/ldap/ldap.conf\n")]
    [InlineData("FROM debian:12\nRUN echo 'StrictHostKeyChecking yes' >> /etc/ssh/ssh_config\n")]
    [InlineData("FROM debian:12\nRUN ssh-keyscan github.com >> ~/.ssh/known_hosts\n")]
    [InlineData("FROM centos:7\nRUN yum --setopt=sslverify=1 install -y curl\n")]
    [InlineData("FROM debian:12\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\nsslverify=1\nEOF\n")]
    [InlineData("FROM debian:12\nRUN grep -q sslverify /etc/yum.conf\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4003TlsVerificationDisabled>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN echo [|'TLS_REQCERT allow'|] >> /etc/ldap/ldap.conf\n")]
    [InlineData("FROM debian:12\nRUN echo [|\"StrictHostKeyChecking no\"|] >> /etc/ssh/ssh_config\n")]
    [InlineData("FROM debian:12\nRUN echo [|Host * StrictHostKeyChecking no|] > ~/.ssh/config\n")]
    [InlineData("FROM debian:12\nRUN ssh -o [|StrictHostKeyChecking=no|] git@example.com true\n")]
    [InlineData("FROM debian:12\nRUN [|GIT_SSH_COMMAND=\"ssh -o StrictHostKeyChecking=no\"|] git clone git@example.com:o/r.git\n")]
    [InlineData("FROM debian:12\nENV [|GIT_SSH_COMMAND=\"ssh -o StrictHostKeyChecking=no\"|]\n")]
    [InlineData("FROM centos:7\nRUN yum [|--setopt=sslverify=0|] install -y curl\n")]
    [InlineData("FROM centos:7\nRUN sed -i [|'s/sslverify=1/sslverify=0/'|] /etc/yum.conf\n")]
    [InlineData("FROM centos:7\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\nbaseurl=https://r.example.com/\n[|sslverify=0|]\nEOF\n")]
    [InlineData("FROM node:22\nRUN echo [|'strict-ssl=false'|] >> ~/.npmrc\n")]
    [InlineData("FROM debian:12\nRUN printf [|'check_certificate = off\\n'|] >> /etc/wgetrc\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4003TlsVerificationDisabled>(marked);

    [Fact]
    public void Host_key_findings_speak_of_host_keys()
    {
        var d = Assert.Single(RuleTester.Diagnostics<DF4003TlsVerificationDisabled>("FROM debian:12\nRUN ssh -o StrictHostKeyChecking=no h true\n"));
        Assert.StartsWith("'StrictHostKeyChecking=no' turns off SSH host-key verification", d.Message, StringComparison.Ordinal);
    }
}
