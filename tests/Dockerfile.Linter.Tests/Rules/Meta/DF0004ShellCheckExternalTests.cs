using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Rules.Meta;

/// <summary>
/// DF0004 with the real <c>shellcheck</c> (Debian's 0.9.0; <c>.ci/run</c> installs it in CI) for what it finds and
/// where, and with fake executables for the ways it can fail.
/// </summary>
public class DF0004ShellCheckExternalTests
{
    private static readonly LintOptions On = new() { ShellCheck = true };

    [Fact]
    public void Nothing_runs_without_the_option()
    {
        // The default run never starts a process: not even a missing executable is noticed.
        RuleTester.Valid<DF0004ShellCheckExternal>("FROM debian:12\nRUN make; if [ $? -ne 0 ]; then exit 1; fi\n",
            new LintOptions { ShellCheckExecutable = "/nonexistent/shellcheck" });
    }

    [ShellCheckTheory]
    [InlineData("FROM debian:12\nRUN if ! make; then exit 1; fi\n")]
    // Exec form is not a shell script; ShellCheck would flag $? in the -c argument if it were given it.
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"make; if [ $? -ne 0 ]; then exit 1; fi\"]\n")]
    // PowerShell and cmd stages, zsh and heredocs of other interpreters are never given to ShellCheck.
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN make; if ($? -ne 0) { exit 1 }\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/zsh\", \"-c\"]\nRUN make; if [ $? -ne 0 ]; then exit 1; fi\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/usr/bin/env python3\nprint($'a')\nEOF\n")]
    // bash makes $'…' legal: SC3003 is a POSIX sh finding only.
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo $'a\\tb'\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\necho $'a\\tb'\nEOF\n")]
    // Suppressed by name, by its own code in either pragma, and by a directive inside a heredoc script.
    [InlineData("FROM debian:12\n# hadolint ignore=SC2181\nRUN make; if [ $? -ne 0 ]; then exit 1; fi\n")]
    [InlineData("FROM debian:12\n# dockerfile-lint ignore=SC2181\nRUN make; if [ $? -ne 0 ]; then exit 1; fi\n")]
    [InlineData("FROM debian:12\n# dockerfile-lint ignore=shellcheck-external\nRUN make; if [ $? -ne 0 ]; then exit 1; fi\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n# shellcheck disable=SC2181\nmake\nif [ $? -ne 0 ]; then exit 1; fi\nEOF\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF0004ShellCheckExternal>(dockerfile, On);

    [ShellCheckTheory]
    [InlineData("FROM debian:12\nRUN make; if [ [|$?|] -ne 0 ]; then exit 1; fi\n")]
    // Across continuation lines, with a comment line BuildKit drops in between.
    [InlineData("FROM debian:12\nRUN make \\\n# build first\n && if [ [|$?|] -ne 0 ]; \\\n    then exit 1; fi\n")]
    // Tabs count as one column, and characters beyond the BMP take two UTF-16 units here.
    [InlineData("FROM debian:12\nRUN\tmake \"\U0001F600\"; if [ [|$?|] -ne 0 ]; then exit 1; fi\n")]
    // A RUN that is only a heredoc is its body; a bash shebang makes it bash, which still knows $?.
    [InlineData("FROM debian:12\nRUN <<EOF\nmake\nif [ [|$?|] -ne 0 ]; then exit 1; fi\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<-EOF\n\t#!/bin/bash\n\tmake\n\tif [ [|$?|] -ne 0 ]; then exit 1; fi\n\tEOF\n")]
    // After a heredoc the command line goes on; the body follows it in the script as in the file.
    [InlineData("FROM debian:12\nRUN cat <<EOF > /etc/motd && [|ls|] | grep foo\nhello\nEOF\n")]
    // POSIX sh is the default shell: $'…' is not POSIX.
    [InlineData("FROM debian:12\nRUN echo [|$'a\\tb'|]\n")]
    // An ONBUILD RUN is a script too.
    [InlineData("FROM debian:12\nONBUILD RUN make; if [ [|$?|] -ne 0 ]; then exit 1; fi\n")]
    // CRLF line endings are not findings of their own.
    [InlineData("FROM debian:12\r\nRUN make \\\r\n && if [ [|$?|] -ne 0 ]; then exit 1; fi\r\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF0004ShellCheckExternal>(marked, On);

    [ShellCheckFact]
    public void Findings_carry_shellcheck_code_level_and_message()
    {
        var finding = Assert.Single(RuleTester.Diagnostics<DF0004ShellCheckExternal>(
            "FROM debian:12\nRUN make; if [ $? -ne 0 ]; then exit 1; fi\n", On));
        Assert.Equal("SC2181", finding.Code);
        Assert.Equal("shellcheck-external", finding.RuleName);
        Assert.Equal(Severity.Style, finding.Severity);
        Assert.Contains("exit code", finding.Message);
    }

    [ShellCheckFact]
    public void The_code_and_the_rule_can_be_configured_like_any_rule()
    {
        const string text = "FROM debian:12\nRUN make; if [ $? -ne 0 ]; then exit 1; fi\nRUN echo $'x'\n";
        Assert.Equal(["SC3003"], Codes(new LintOptions { ShellCheck = true, Ignore = { "SC2181" } }, text));
        Assert.Equal(["SC2181"], Codes(new LintOptions { ShellCheck = true, SeverityOverrides = { ["SC3003"] = null } }, text));
        var raised = new DockerfileLinter(new LintOptions { ShellCheck = true, SeverityOverrides = { ["sc2181"] = Severity.Error } }).Lint(text);
        Assert.Equal(Severity.Error, Assert.Single(raised.Diagnostics, d => d.Code == "SC2181").Severity);
        var all = new DockerfileLinter(new LintOptions { ShellCheck = true, SeverityOverrides = { ["DF0004"] = Severity.Info } }).Lint(text);
        Assert.All(all.Diagnostics.Where(d => d.RuleName == "shellcheck-external"), d => Assert.Equal(Severity.Info, d.Severity));
        Assert.Empty(Codes(new LintOptions { ShellCheck = true, Ignore = { "shellcheck-external" } }, text));
    }

    [ShellCheckFact]
    public void Codes_with_a_built_in_rule_come_from_that_rule_only()
    {
        const string text = "FROM debian:12\nARG DIR\nRUN cd $DIR && echo `date` $UNSET\n";
        var without = new DockerfileLinter(new LintOptions { Preset = Preset.All }).Lint(text).Diagnostics;
        var with = new DockerfileLinter(new LintOptions { Preset = Preset.All, ShellCheck = true }).Lint(text).Diagnostics;
        Assert.Contains(without, d => d.Code == "SC2086");
        Assert.Contains(without, d => d.Code == "SC2006");
        foreach (string code in new[] { "SC2086", "SC2006", "SC2154" })
            Assert.Equal(without.Count(d => d.Code == code), with.Count(d => d.Code == code));
        Assert.DoesNotContain(with, d => d.RuleName == "shellcheck-external" && RuleRegistry.Find(d.Code) is not null);
    }

    [ShellCheckFact]
    public void One_process_per_file_and_shell_checks_every_run()
    {
        using var folder = new TempFolder();
        string log = Path.Combine(folder.Path, "calls.log");
        string real = ShellCheckTheoryAttribute.RealExecutable!;
        string fake = folder.Script("shellcheck", $"#!/bin/sh\necho \"$1\" >> '{log}'\nexec '{real}' \"$@\"\n");
        const string text = "FROM debian:12\nRUN make; if [ [|$?|] -ne 0 ]; then exit 1; fi\nRUN echo [|$'a'|]\n" +
                            "RUN ls\nFROM debian:12 AS b\nSHELL [\"/bin/bash\", \"-c\"]\nRUN make; if [ [|$?|] -ne 0 ]; then exit 1; fi\n";
        RuleTester.Invalid<DF0004ShellCheckExternal>(text, new LintOptions { ShellCheck = true, ShellCheckExecutable = fake });
        Assert.Equal(["--shell=bash", "--shell=sh"], File.ReadAllLines(log).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_executable_is_one_finding_at_the_first_run()
    {
        var finding = Assert.Single(RuleTester.Diagnostics<DF0004ShellCheckExternal>("FROM debian:12\nRUN a\nRUN b\n",
            new LintOptions { ShellCheck = true, ShellCheckExecutable = "/nonexistent/shellcheck" }));
        Assert.Equal("DF0004", finding.Code);
        Assert.Equal(2, finding.Location.Start.Line);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith("no '/nonexistent/shellcheck' executable found", finding.Message);
    }

    [Fact]
    public void Files_without_shell_scripts_need_no_executable()
    {
        RuleTester.Valid<DF0004ShellCheckExternal>("FROM debian:12\nRUN [\"make\"]\nCOPY a b\n",
            new LintOptions { ShellCheck = true, ShellCheckExecutable = "/nonexistent/shellcheck" });
    }

    [Theory]
    [InlineData("sleep 30", "shellcheck did not finish within 3 s and was stopped")]
    [InlineData("echo 'this is not json'; exit 1", "shellcheck's output is not JSON")]
    [InlineData("echo '{\"comments\": 3}'; exit 1", "shellcheck's output is not its json1 format")]
    [InlineData("echo 'Unknown shell: xyz' >&2; exit 4", "shellcheck exited with code 4: Unknown shell: xyz")]
    [InlineData("cat > /dev/null; sleep 10 & exit 0", "shellcheck's output did not end")]
    [InlineData("yes", "shellcheck did not finish within 3 s")]
    public void A_misbehaving_executable_is_one_finding_and_no_hang(string body, string message)
    {
        using var folder = new TempFolder();
        string fake = folder.Script("shellcheck", "#!/bin/sh\n" + body + "\n");
        // 3 s: a loaded machine must not turn a quick failure into a timeout.
        var options = new LintOptions { ShellCheck = true, ShellCheckExecutable = fake, ShellCheckTimeout = TimeSpan.FromSeconds(3) };
        var finding = Assert.Single(RuleTester.Diagnostics<DF0004ShellCheckExternal>("FROM debian:12\nRUN a\nRUN b\n", options));
        Assert.Equal("DF0004", finding.Code);
        Assert.Equal(2, finding.Location.Start.Line);
        Assert.StartsWith(message, finding.Message);
        Assert.EndsWith("ShellCheck's findings for the 2 RUNs of this file using sh are missing", finding.Message);
    }

    [Fact]
    public void The_executable_is_looked_up_on_path()
    {
        using var folder = new TempFolder();
        string fake = folder.Script("shellcheck", "#!/bin/sh\necho '{\"comments\":[]}'\n");
        string plain = Path.Combine(folder.Path, "not-executable");
        File.WriteAllText(plain, "");
        string path = string.Join(Path.PathSeparator, "/nonexistent", folder.Path);
        Assert.Equal(fake, ShellCheckProcess.Locate("shellcheck", path));
        Assert.Null(ShellCheckProcess.Locate("not-executable", path));
        Assert.Null(ShellCheckProcess.Locate("shellcheck", "/nonexistent"));
        Assert.Equal(fake, ShellCheckProcess.Locate(fake, ""));
    }

    private static string[] Codes(LintOptions options, string text) =>
        [.. new DockerfileLinter(options, [new DF0004ShellCheckExternal()]).Lint(text).Diagnostics.Select(d => d.Code)];

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("df0004-").FullName;

        public string Script(string name, string text)
        {
            string file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, text);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
