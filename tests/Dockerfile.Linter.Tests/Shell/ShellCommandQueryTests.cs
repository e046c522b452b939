using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Tests.Shell;

public class ShellCommandQueryTests
{
    private static ShellCommand Single(string text) => ShellParser.Parse(text).Commands.First();

    [Theory]
    [InlineData("/usr/bin/apt-get install x", "/usr/bin/apt-get", "apt-get")]
    [InlineData("sudo apt-get install x", "sudo", "apt-get")]
    [InlineData("sudo -E -u root /usr/bin/apt-get install x", "sudo", "apt-get")]
    [InlineData("sudo --user=root apt-get install x", "sudo", "apt-get")]
    [InlineData("env DEBIAN_FRONTEND=noninteractive apt-get install x", "env", "apt-get")]
    [InlineData("env -i -u HOME A=1 B=2 pip install x", "env", "pip")]
    [InlineData("command apt-get install x", "command", "apt-get")]
    [InlineData("command -v apt-get", "command", "command")]
    [InlineData("exec -a name nginx -g daemon", "exec", "nginx")]
    [InlineData("nice -n 10 make", "nice", "make")]
    [InlineData("nice -10 make", "nice", "make")]
    [InlineData("time -p make", "time", "make")]
    [InlineData("xargs -n 1 -I {} rm -rf {}", "xargs", "rm")]
    [InlineData("sudo env A=1 nice pip3 install x", "sudo", "pip3")]
    [InlineData("python3 -m pip install x", "python3", "pip")]
    [InlineData("python -u -m pip install x", "python", "pip")]
    [InlineData("python3 -m venv /v", "python3", "python3")]
    [InlineData("gosu app apt-get update", "gosu", "apt-get")]
    [InlineData("timeout -s KILL 30 curl x", "timeout", "curl")]
    [InlineData("sudo", "sudo", "sudo")]
    [InlineData("sudo -u root", "sudo", "sudo")]
    [InlineData("'apt-get' install x", "apt-get", "apt-get")]
    public void Effective_name_sees_through_wrappers_and_paths(string text, string name, string effectiveName)
    {
        var cmd = Single(text);
        Assert.Equal(name, cmd.Name);
        Assert.Equal(effectiveName, cmd.EffectiveName);
    }

    [Fact]
    public void Wrapper_chain_keeps_the_original()
    {
        var cmd = Single("sudo env A=1 apt-get install -y x");
        Assert.True(cmd.IsWrapper);
        Assert.Equal(["sudo", "env", "apt-get"], cmd.UnwrapChain.Select(c => c.Name));
        var effective = cmd.Effective;
        Assert.Equal("apt-get", effective.Name);
        Assert.Same(cmd.Inner, effective.Wrapper);
        Assert.Same(cmd, cmd.Inner!.Wrapper);
        Assert.Equal("A", Assert.Single(cmd.Inner.Effective.Assignments).Name);
        Assert.Equal(["install", "-y", "x"], effective.Arguments.Select(a => a.Text));
        Assert.Equal("sudo", cmd.Words[0].Text);
        Assert.True(ShellParser.Parse("sudo env A=1 apt-get install").UsesCommand("sudo"));
        Assert.True(ShellParser.Parse("sudo env A=1 apt-get install").UsesCommand("apt-get"));
        Assert.False(ShellParser.Parse("apt-get install sudo").UsesCommand("sudo"));
    }

    [Fact]
    public void Short_bundles_split_and_values_attach()
    {
        var cmd = Single("tar -xzvf archive.tgz -C /opt --strip-components 1 --exclude=docs file");
        Assert.Equal(["x", "z", "v", "f", "C", "strip-components", "exclude"], cmd.Flags.Select(f => f.Name));
        Assert.Equal("archive.tgz", cmd.GetFlag("f")!.Value);
        Assert.Equal(["/opt"], cmd.GetFlagValues("C").ToArray());
        Assert.Equal(["1"], cmd.GetFlagValues("strip-components").ToArray());
        Assert.Equal(["docs"], cmd.GetFlagValues("exclude").ToArray());
        Assert.Equal(["file"], cmd.PositionalArguments.Select(p => p.Text));
        Assert.True(cmd.HasFlag("x", "extract"));
        Assert.False(cmd.HasFlag("t", "list"));
    }

    [Fact]
    public void Double_dash_ends_options()
    {
        var cmd = Single("rm -rf -- -weird-file /x");
        Assert.Equal(["r", "f"], cmd.Flags.Select(f => f.Name));
        Assert.Equal(["-weird-file", "/x"], cmd.PositionalArguments.Select(p => p.Text));
    }

    [Fact]
    public void Attached_short_value_and_equals_forms()
    {
        var cmd = Single("apt-get -q=2 -oDebug::X=1 install -y x");
        Assert.Equal("2", cmd.GetFlag("q")!.Value);
        Assert.Equal(["Debug::X=1"], cmd.GetFlagValues("o").ToArray());
        Assert.Equal(1, cmd.CountFlag("y"));
        Assert.Equal(2, Single("apt-get -qq install").CountFlag("q"));
    }

    [Fact]
    public void Flag_value_word_spans()
    {
        const string text = "useradd -u 100000 app";
        var flag = Single(text).GetFlag("u")!;
        Assert.Equal("100000", flag.Value);
        Assert.Equal(text.IndexOf("100000", StringComparison.Ordinal), flag.ValueWord!.Span.Start);
        Assert.Equal(text.IndexOf("-u", StringComparison.Ordinal), flag.Span.Start);
    }

    [Theory]
    [InlineData("apt-get install -y x", "apt-get", "install", true)]
    [InlineData("apt-get -y install x", "apt-get", "install", true)]
    [InlineData("apt-get update", "apt-get", "install", false)]
    [InlineData("sudo apt-get install x", "apt-get", "install", true)]
    [InlineData("apt install x", "apt-get", "install", false)]
    [InlineData("apk --no-cache add x", "apk", "add", true)]
    [InlineData("pip --no-cache-dir install x", "pip", "install", true)]
    public void IsCommand_matches_effective_name_and_subcommand(string text, string name, string sub, bool expected)
    {
        Assert.Equal(expected, Single(text).IsCommand(name, sub));
    }

    [Fact]
    public void Subcommand_and_name_checks()
    {
        var cmd = Single("yum -y --setopt=tsflags=nodocs install httpd");
        Assert.Equal("install", cmd.Subcommand);
        Assert.True(cmd.NameIs("dnf", "yum"));
        Assert.True(cmd.IsCommand("yum"));
        Assert.True(cmd.HasArgument("httpd"));
        Assert.Null(Single("ls").Subcommand);
    }

    [Fact]
    public void Go_uses_single_dash_long_options()
    {
        var cmd = Single("go install -ldflags '-s -w' -trimpath example.com/tool@v1.2.3");
        Assert.Equal(["ldflags", "trimpath"], cmd.Flags.Select(f => f.Name));
        Assert.Equal("-s -w", cmd.GetFlag("ldflags")!.Value);
        Assert.Equal(["install", "example.com/tool@v1.2.3"], cmd.PositionalArguments.Select(p => p.Value));
    }

    [Fact]
    public void Flags_with_expansions_keep_text()
    {
        var cmd = Single("curl -o \"$OUT\" -fsSL $URL");
        Assert.Equal("$OUT", cmd.GetFlag("o")!.Value);
        Assert.Null(cmd.GetFlag("o")!.ValueWord!.Value);
        Assert.Equal(["o", "f", "s", "S", "L"], cmd.Flags.Select(f => f.Name));
        Assert.Equal(["$URL"], cmd.PositionalArguments.Select(p => p.Text));
    }

    [Fact]
    public void Custom_spec_parsing()
    {
        var cmd = Single("mytool -k key -v input");
        Assert.Equal(["key", "input"], cmd.PositionalArguments.Select(p => p.Text));
        var (flags, positionals) = cmd.ParseArguments(new CommandSpec("k"));
        Assert.Equal(["k", "v"], flags.Select(f => f.Name));
        Assert.Equal("key", flags[0].Value);
        Assert.Equal(["input"], positionals.Select(p => p.Text));
    }

    [Theory]
    [InlineData(new[] { "/bin/bash", "-o", "pipefail", "-c" }, true, true)]
    [InlineData(new[] { "bash", "-eo", "pipefail", "-c" }, true, true)]
    [InlineData(new[] { "/bin/sh", "-c" }, true, false)]
    [InlineData(new[] { "zsh", "-o", "pipefail", "-c" }, true, true)]
    [InlineData(new[] { "dash", "-o", "pipefail", "-c" }, true, false)]
    [InlineData(new[] { "pwsh", "-Command" }, false, false)]
    [InlineData(new[] { "powershell", "-command" }, false, false)]
    [InlineData(new[] { "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "-Command" }, false, false)]
    [InlineData(new[] { "cmd", "/S", "/C" }, false, false)]
    [InlineData(new[] { "cmd.exe", "/S", "/C" }, false, false)]
    [InlineData(new string[0], true, false)]
    public void Shell_dialect(string[] shellArgs, bool posix, bool pipefail)
    {
        Assert.Equal(posix, ShellDialect.IsPosix(shellArgs));
        Assert.Equal(pipefail, ShellDialect.SetsPipefail(shellArgs));
    }
}
