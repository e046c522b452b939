using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4002WorldWritablePermissionsTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN chmod 755 /app\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod 1777 /tmp/shared\n")] // sticky bit
    [InlineData("FROM alpine:3.20\nRUN chmod a+rx,u+w /app\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod +x /entrypoint.sh\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod -R g+w /app\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod o+t,o+w /tmp/x\n")] // sticky clause present
    [InlineData("FROM alpine:3.20\nCOPY --chmod=755 run.sh /run.sh\n")]
    [InlineData("FROM alpine:3.20\nRUN echo 777 > /tmp/x\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod \"$MODE\" /x\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod a+rX-w -R /srv\n")] // the audit's reproducer: "-w" takes write away again
    [InlineData("FROM alpine:3.20\nRUN chmod -R a+rwx,o-w /srv\n")]
    [InlineData("FROM alpine:3.20\nCOPY --chmod=a=rwx,o=rx run.sh /run.sh\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4002WorldWritablePermissions>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN chmod [|777|] /app\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod -R [|0777|] /app\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod -R [|a+rwx|] /app && chmod [|666|] /app/db\n")]
    [InlineData("FROM alpine:3.20\nRUN mkdir -p /a \\\n && chmod [|o+w|] /a\n")]
    [InlineData("FROM alpine:3.20\nRUN sudo /bin/chmod -v [|a+w|] /x\n")]
    [InlineData("FROM alpine:3.20\nRUN install -d -m [|777|] /data\n")]
    [InlineData("FROM alpine:3.20\nRUN mkdir -m[|0777|] /x\n")]
    [InlineData("FROM alpine:3.20\nRUN mkdir --mode=[|0777|] /x\n")]
    [InlineData("FROM alpine:3.20\nCOPY --chmod=[|777|] run.sh /run.sh\n")]
    [InlineData("FROM alpine:3.20\nADD --chmod=[|a+rwx|] a.tar /a\n")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN chmod [|777|] /x\n")]
    [InlineData("FROM alpine:3.20\nRUN <<EOF\nset -e\nchmod [|777|] /x\nEOF\n")]
    [InlineData("FROM alpine:3.20\nRUN [\"chmod\", [|\"777\"|], \"/x\"]\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod [|a-w,o+w|] -R /srv\n")]
    [InlineData("FROM alpine:3.20\nRUN chmod [|u=rwx,go=u|] /srv\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4002WorldWritablePermissions>(marked);

    [Theory]
    [InlineData("777", true)]
    [InlineData("776", true)]
    [InlineData("2777", true)]
    [InlineData("1777", false)]
    [InlineData("775", false)]
    [InlineData("o=rwx", true)]
    [InlineData("ugo+w", true)]
    [InlineData("+w", false)]
    [InlineData("u+s", false)]
    [InlineData("a+rX-w", false)]
    [InlineData("a+rwx,o-w", false)]
    [InlineData("a=rwx,o=rx", false)]
    [InlineData("o=u", false)] // copies an unknown bit
    [InlineData("u+w,o=u", true)]
    [InlineData("u=rwx,go=u-w", false)]
    [InlineData("=w", false)] // masked by the umask
    [InlineData("o+w-w+w", true)]
    [InlineData("0666", true)]
    [InlineData("2", true)] // "chmod 2" is 0002
    [InlineData("0775", false)]
    [InlineData("a+q", false)] // not a mode
    [InlineData("a", false)]
    [InlineData("o+w,", false)] // an empty clause makes chmod reject the mode
    public void Modes(string mode, bool worldWritable) =>
        Assert.Equal(worldWritable, DF4002WorldWritablePermissions.IsWorldWritable(mode));
}
