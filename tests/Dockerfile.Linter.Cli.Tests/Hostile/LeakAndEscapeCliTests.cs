namespace Dockerfile.Linter.Cli.Tests.Hostile;

/// <summary>Secrets are masked in every format and in code frames; control characters from file names never reach the terminal.</summary>
public class LeakAndEscapeCliTests
{
    private const string UrlPassword = "S3cr3tP4ssw0rdZq";
    private const string AwsKey = "AKIAQ4VX7J2LMN8PZ3RT";
    private const string GitHubToken = "ghp_Zq8Lk3Vt6Rn1Yb4Xc7Wd0Pf2Hj5Mg9Ns1Qa3";
    private const string LabelPassword = "Hunter2SecretValue";
    private const string CurlPassword = "Sup3rS3cretPw77";

    private static readonly string[] Secrets = [UrlPassword, AwsKey, GitHubToken, LabelPassword, CurlPassword];

    private const string Leaky =
        "FROM alpine:3.20\n" +
        $"ADD https://deploy:{UrlPassword}@example.com/pkg.tar.gz /tmp/\n" +
        $"ARG AWS_ACCESS_KEY_ID={AwsKey}\n" +
        $"ENV GITHUB_TOKEN={GitHubToken}\n" +
        $"LABEL db.password={LabelPassword}\n" +
        $"RUN curl -u admin:{CurlPassword} https://example.com/a -o /a\n";

    [Theory]
    [InlineData("tty")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("checkstyle")]
    [InlineData("gitlab")]
    [InlineData("github")]
    [InlineData("gnu")]
    [InlineData("hadolint-json")]
    public void No_format_prints_a_secret(string format)
    {
        using var dir = TempDirectory.WithDockerfile(Leaky);
        var run = CliRunner.Run(dir.Path, ["-f", format, "--enable", "DF1004", "Dockerfile"]);
        Assert.Contains("DF1004", run.Out); // the rule that printed the URL in clear runs
        foreach (var secret in Secrets) Assert.DoesNotContain(secret, run.Out);
        foreach (var secret in Secrets) Assert.DoesNotContain(secret, run.Error);
    }

    [Fact]
    public void Code_frames_mask_the_secret_under_every_finding_on_its_line()
    {
        using var dir = TempDirectory.WithDockerfile(Leaky);
        // DL3064 (secret name) and the secret-value rule both point at lines holding secrets; suppressing the value
        // rule must not unmask the frame of the other finding.
        var run = CliRunner.Run(dir.Path, ["-f", "tty", "--no-color", "--ignore", "DF3001", "Dockerfile"]);
        Assert.Contains(" | ARG AWS_ACCESS_KEY_ID=", run.Out);
        foreach (var secret in Secrets) Assert.DoesNotContain(secret, run.Out);
        Assert.Contains("AKIA****************", run.Out);
    }

    [Theory]
    [InlineData("gnu")]
    [InlineData("tty")]
    [InlineData("github")]
    [InlineData("checkstyle")]
    public void Control_characters_in_a_file_name_are_escaped(string format)
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        string name = "evil\u001b[2J\nname.Dockerfile";
        dir.Write(name, Samples.Latest);
        var run = CliRunner.Run(dir.Path, Samples.OnlyRules("DL3007").With("-f", format, name));
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain("\nname.Dockerfile", run.Out);
        if (format == "gnu") Assert.Equal("evil\\x1b[2J\\nname.Dockerfile:1:6: warning:", run.Out[..42]);
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_escaped_on_stderr()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        var run = CliRunner.Run(dir.Path, ["-f", "gnu", "missing\u001b[31m\nDockerfile"]);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }
}
