using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Runs the <c>shellcheck</c> executable on a batch of scripts of one shell: one process, <c>--format=json1</c>, the
/// script on standard input when there is one, else each in a file of a private temporary folder (removed after).
/// Bounded: the process is killed (with its children) after the timeout, its output is read up to a size limit, and
/// nothing waits on a pipe a stray child keeps open. Never throws; a failure comes back as a one-line reason.
/// </summary>
internal static class ShellCheckProcess
{
    /// <summary>The most characters of output read from the process (its findings for any real file are far fewer).</summary>
    internal const int MaxOutputChars = 16 * 1024 * 1024;

    /// <summary>ShellCheck codes left out of every run: SC1091 (a sourced file is not beside the Dockerfile but in the image).</summary>
    internal const string ExcludedCodes = "SC1091";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The outcome: the output (null on failure) with the name each script had in it, or why it failed.</summary>
    internal sealed record Outcome(string? Output, IReadOnlyList<string> Names, string? Failure);

    /// <summary>Finds <paramref name="executable"/>: a path as given, or a name searched in <paramref name="path"/> (the <c>PATH</c> value).</summary>
    public static string? Locate(string executable, string? path)
    {
        if (string.IsNullOrWhiteSpace(executable)) return null;
        if (executable.Contains('/') || executable.Contains(Path.DirectorySeparatorChar))
            return File.Exists(executable) ? Path.GetFullPath(executable) : null;
        foreach (var directory in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? [executable, executable + ".exe"] : new[] { executable })
            {
                string candidate;
                try
                {
                    candidate = Path.Combine(directory, name);
                }
                catch (ArgumentException)
                {
                    continue;
                }
                if (File.Exists(candidate) && IsExecutable(candidate)) return candidate;
            }
        }
        return null;
    }

    private static bool IsExecutable(string file)
    {
        if (OperatingSystem.IsWindows()) return true;
        try
        {
            return (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Runs <paramref name="executable"/> (a full path) on <paramref name="scripts"/> with <c>--shell=</c><paramref name="shell"/>.</summary>
    public static Outcome Run(string executable, string shell, IReadOnlyList<string> scripts, TimeSpan timeout)
    {
        string? folder = null;
        try
        {
            var names = new List<string>();
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardInputEncoding = Utf8,
                StandardOutputEncoding = Utf8,
                StandardErrorEncoding = Utf8,
            };
            start.ArgumentList.Add("--shell=" + shell);
            start.ArgumentList.Add("--format=json1");
            start.ArgumentList.Add("--exclude=" + ExcludedCodes);
            if (scripts.Count == 1)
            {
                start.ArgumentList.Add("-");
                names.Add("-");
            }
            else
            {
                folder = Directory.CreateTempSubdirectory("dockerfile-lint-shellcheck-").FullName;
                for (int i = 0; i < scripts.Count; i++)
                {
                    string file = Path.Combine(folder, $"run{i + 1}.sh");
                    File.WriteAllText(file, scripts[i], Utf8);
                    start.ArgumentList.Add(file);
                    names.Add(file);
                }
            }
            return Execute(start, scripts.Count == 1 ? scripts[0] : "", names, timeout);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Outcome(null, [], $"could not write the scripts for shellcheck: {ex.Message}");
        }
        finally
        {
            if (folder is not null)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A leftover temporary folder is not worth a finding.
                }
            }
        }
    }

    private static Outcome Execute(ProcessStartInfo start, string input, List<string> names, TimeSpan timeout)
    {
        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start()) return new Outcome(null, names, $"could not start '{start.FileName}'");
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return new Outcome(null, names, $"could not start '{start.FileName}': {ex.Message}");
        }

        var clock = Stopwatch.StartNew();
        var output = ReadBounded(process.StandardOutput);
        var error = ReadBounded(process.StandardError);
        // Dedicated threads, not the thread pool: a busy pool (a test run, a host application) can hold a pool task
        // back for seconds, and the budget below would then blame shellcheck for our own delay.
        var writer = Task.Factory.StartNew(() =>
        {
            try
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // The process stopped reading (it failed or was killed): its exit status says what happened.
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        if (!process.WaitForExit(timeout))
        {
            Kill(process);
            return new Outcome(null, names, $"shellcheck did not finish within {Seconds(timeout)} and was stopped");
        }
        // The process has ended; a child it left behind may still hold the pipes open: wait for them within the budget.
        var remaining = timeout - clock.Elapsed;
        if (remaining < TimeSpan.FromSeconds(1)) remaining = TimeSpan.FromSeconds(1);
        if (!Task.WaitAll([output, error, writer], remaining))
            return new Outcome(null, names, "shellcheck's output did not end (a process it started keeps it open)");

        var (text, truncated) = output.Result;
        if (truncated) return new Outcome(null, names, $"shellcheck wrote more than {MaxOutputChars / (1024 * 1024)} MiB of output");
        int code = process.ExitCode;
        // 0: no findings; 1: findings. Anything else is a usage error or a crash.
        if (code is not (0 or 1))
        {
            string detail = FirstLine(error.Result.Text) is { Length: > 0 } line ? $": {line}" : "";
            return new Outcome(null, names, $"shellcheck exited with code {code}{detail}");
        }
        return new Outcome(text, names, null);
    }

    private static Task<(string Text, bool Truncated)> ReadBounded(StreamReader reader) => Task.Factory.StartNew(() =>
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        bool truncated = false;
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (text.Length + read > MaxOutputChars)
                {
                    truncated = true;
                    // Keep draining (and dropping) so the process is not blocked on a full pipe.
                    continue;
                }
                text.Append(buffer, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The pipe broke: what was read is what there is.
        }
        return (text.ToString(), truncated);
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It ended on its own meanwhile.
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.AsSpan().TrimStart();
        int end = line.IndexOfAny('\r', '\n');
        if (end >= 0) line = line[..end];
        if (line.Length > 200) line = line[..200];
        return line.Trim().ToString();
    }

    private static string Seconds(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 && timeout.TotalSeconds % 1 == 0
            ? $"{timeout.TotalSeconds:0} s"
            : $"{timeout.TotalMilliseconds:0} ms";
}
