using System.Diagnostics;

namespace Dockerfile.Linter.Cli.Tests.Support;

/// <summary>Runs an external process and captures its output.</summary>
internal static class ProcessRunner
{
    public static CliRun Run(string fileName, IEnumerable<string> args, string workingDirectory,
        string? stdin = null, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("NO_COLOR");
        if (environment is not null)
            foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The built CLI next to the test assembly, run with <c>dotnet exec</c>.</summary>
    public static CliRun RunBuiltCli(string workingDirectory, string[] args, string? stdin = null) =>
        Run("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "dockerfile-lint.dll"), .. args], workingDirectory, stdin);
}
