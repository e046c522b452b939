using System.Text;

namespace Dockerfile.Linter.Cli;

/// <summary>
/// Everything the CLI takes from the process: streams, working directory, environment variables and whether stdout is
/// a terminal. Tests supply their own so commands run in-process and in parallel.
/// </summary>
internal sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public required Func<Stream> OpenStandardInput { get; init; }
    public required string WorkingDirectory { get; init; }
    public required Func<string, string?> GetEnvironmentVariable { get; init; }
    public bool IsOutputTerminal { get; init; }

    /// <summary>
    /// The real console and process state. Standard output is buffered (<see cref="Console.Out"/> flushes after every
    /// write: a system call per report line); <see cref="Cli.Run"/> flushes it before anything goes to stderr and at the end.
    /// </summary>
    public static CliEnvironment FromProcess() => new()
    {
        Out = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024)
        {
            AutoFlush = false,
        }),
        Error = Console.Error,
        OpenStandardInput = Console.OpenStandardInput,
        WorkingDirectory = Directory.GetCurrentDirectory(),
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
        IsOutputTerminal = !Console.IsOutputRedirected,
    };

    /// <summary>The same environment writing errors to <paramref name="error"/>.</summary>
    public CliEnvironment WithError(TextWriter error) => new()
    {
        Out = Out,
        Error = error,
        OpenStandardInput = OpenStandardInput,
        WorkingDirectory = WorkingDirectory,
        GetEnvironmentVariable = GetEnvironmentVariable,
        IsOutputTerminal = IsOutputTerminal,
    };

    /// <summary>An absolute path for <paramref name="path"/>, relative paths taken from <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
