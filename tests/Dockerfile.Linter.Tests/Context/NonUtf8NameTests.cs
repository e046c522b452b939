using System.Diagnostics;
using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

/// <summary>File names that are not valid UTF-8 (Linux allows any bytes) must not hide the rest of their folder.</summary>
public class NonUtf8NameTests
{
    // .NET cannot create such a name itself (it encodes strings as UTF-8), so the shell's printf writes the byte.
    private static bool CreateLatin1Name(string directory, string octalEscapedName)
    {
        if (!OperatingSystem.IsLinux()) return false;
        var start = new ProcessStartInfo("sh", ["-c", $"touch \"$(printf '{octalEscapedName}')\""]) { WorkingDirectory = directory };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    [Fact]
    public void A_secret_file_beside_a_non_utf8_name_is_still_found_and_the_name_is_reported()
    {
        using var ctx = new TempContext().File("keys/id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n").File("keys/readme.txt", "hello");
        if (!CreateLatin1Name(Path.Combine(ctx.Root, "keys"), "caf\\351.txt")) return; // not on Linux

        var summary = BuildContext.Open(ctx.Root).Summary;

        Assert.Contains(summary.SecretFiles, s => s.Path == "keys/id_rsa");
        Assert.Equal(2, summary.FileCount); // id_rsa and readme.txt are counted; the unreadable name is not a file we know
        var problem = Assert.Single(summary.Problems);
        Assert.Equal(ContextProblemKind.Unreadable, problem.Kind);
        Assert.StartsWith("keys/caf", problem.Path);
        Assert.Contains("not valid UTF-8", problem.Message);
    }

    [Fact]
    public void The_unreadable_name_is_reported_by_DF0003_and_the_secret_by_DF2001()
    {
        using var ctx = new TempContext().File("id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        if (!CreateLatin1Name(ctx.Root, "caf\\351.txt")) return;

        var result = new DockerfileLinter(new LintOptions { ContextDirectory = ctx.Root }).Lint("FROM alpine:3.20\nCOPY . /app\n");

        Assert.Contains(result.Diagnostics, d => d.Code == "DF2001" && d.Message.Contains("id_rsa"));
        var incomplete = Assert.Single(result.Diagnostics, d => d.Code == "DF0003");
        Assert.Contains("not valid UTF-8", incomplete.Message);
    }
}
