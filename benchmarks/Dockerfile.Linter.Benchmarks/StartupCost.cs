using System.Diagnostics;
using System.Globalization;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// What the first lint in a fresh process costs (<c>startup</c> mode): process CPU time and working set around the first
/// lint of one file (samples/basic/Dockerfile unless a path is given), then around a second lint of the same text. The
/// difference is the one-time work — JIT, type initialisers, regex construction — that a one-file run pays. Run it
/// as its own process; a mode run after others in the same process measures nothing.
/// </summary>
internal static class StartupCost
{
    public static void Run(string[] args)
    {
        string path = args.Length > 1 ? args[1] : SamplePath();
        string text = File.ReadAllText(path);
        var process = Process.GetCurrentProcess();

        var (firstCpu, firstDiagnostics) = Measure(process, text, path);
        long workingSet = process.WorkingSet64;
        var (secondCpu, _) = Measure(process, text, path);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: first lint {firstCpu.TotalMilliseconds:F1} ms CPU ({firstDiagnostics} diagnostics), second lint " +
            $"{secondCpu.TotalMilliseconds:F1} ms CPU; working set after the first lint {workingSet / 1024.0 / 1024.0:F1} MB"));
    }

    private static (TimeSpan Cpu, int Diagnostics) Measure(Process process, string text, string path)
    {
        process.Refresh();
        var before = process.TotalProcessorTime;
        var result = new DockerfileLinter().Lint(text, path);
        process.Refresh();
        return (process.TotalProcessorTime - before, result.Diagnostics.Length);
    }

    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string sample = Path.Combine(dir.FullName, "samples", "basic", "Dockerfile");
            if (File.Exists(sample)) return sample;
        }
        throw new FileNotFoundException("samples/basic/Dockerfile not found above the benchmark's folder; pass a path");
    }
}
