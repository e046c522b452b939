using System.Text;

namespace Dockerfile.Linter.Cli.Tests.Support;

/// <summary>The outcome of one CLI run.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs the CLI in-process with its own streams, working directory and environment.</summary>
internal static class CliRunner
{
    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, args, stdin: null);

    /// <summary>Runs in a fresh empty folder, for commands that read no files (<c>rules</c>, <c>--help</c>).</summary>
    public static CliRun RunInEmptyDirectory(params string[] args)
    {
        using var dir = new TempDirectory();
        return Run(dir.Path, args);
    }

    public static CliRun Run(string workingDirectory, string[] args, string? stdin = null,
        IReadOnlyDictionary<string, string?>? environment = null, bool terminal = false)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment
        {
            Out = output,
            Error = error,
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")),
            WorkingDirectory = workingDirectory,
            // Isolated from the machine: no user configuration, no NO_COLOR unless a test sets them.
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var v) ? v
                : name == "XDG_CONFIG_HOME" ? Path.Combine(workingDirectory, ".no-user-config") : null,
            IsOutputTerminal = terminal,
        };
        int exit = Cli.Run(args, env);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
