using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4008PasswordlessSudoTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo 'app ALL=(ALL) ALL' > /etc/sudoers.d/app\n")]
    [InlineData("FROM debian:12\nRUN sed -i 's/NOPASSWD: ALL/ALL/' /etc/sudoers\n")]
    [InlineData("FROM debian:12\nRUN sed -i '/NOPASSWD/d' /etc/sudoers\n")]
    [InlineData("FROM debian:12\nRUN grep -q NOPASSWD /etc/sudoers || true\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4008PasswordlessSudo>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN echo [|\"app ALL=(ALL) NOPASSWD:ALL\"|] > /etc/sudoers.d/app\n")]
    [InlineData("FROM debian:12\nRUN echo [|'%sudo ALL=(ALL:ALL) NOPASSWD: ALL'|] | sudo tee -a /etc/sudoers\n")]
    [InlineData("FROM centos:7\nRUN sed -i [|'s/^# %wheel\\s*ALL=(ALL)\\s*NOPASSWD: ALL/%wheel ALL=(ALL) NOPASSWD: ALL/'|] /etc/sudoers\n")]
    [InlineData("FROM debian:12\nRUN cat > /etc/sudoers.d/app <<EOF\nDefaults !requiretty\n[|app ALL=(ALL) NOPASSWD: ALL|]\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\nuseradd app\necho [|'app ALL=(ALL) NOPASSWD:ALL'|] >> /etc/sudoers\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4008PasswordlessSudo>(marked);
}
