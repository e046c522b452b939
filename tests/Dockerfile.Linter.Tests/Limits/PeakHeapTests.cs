using System.Text;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;
using Xunit.Abstractions;

namespace Dockerfile.Linter.Tests.Limits;

/// <summary>
/// The most the managed heap holds while a large file of tiny instructions is parsed and linted, per input char:
/// the heap size after each collection during the run (what was live then, plus garbage the collection did not
/// reach), the largest of them, above the heap before the run. It catches a rule or a cache that holds something for
/// every instruction of the file at once, which the heap after the run (<see cref="RetainedMemoryTests"/>) cannot
/// see. No timings: the bounds are generous multiples of what was measured.
/// </summary>
[Collection(HeapMeasurementCollection.Name)]
public class PeakHeapTests(ITestOutputHelper output)
{
    private static readonly DockerfileLinter AllRules = new(new LintOptions { Preset = Preset.All });

    private static string Repeat(string line, int chars)
    {
        var text = new StringBuilder("FROM alpine\n");
        while (text.Length < chars) text.Append(line);
        return text.ToString();
    }

    // Measured (2 MB files, Debug build, loaded machine): ENV 50, RUN 63, COPY 22, git clone 65 bytes per char at most
    // after a collection. DF1006 used to list every command of a stage at once, which keeps every shell parse alive:
    // in the benchmark's memory mode that rule alone added about 50 bytes per input byte to the peak on RUN lines.
    [Theory]
    [InlineData("ENV A=b C=d\n", 80)]
    [InlineData("RUN echo hello world\n", 95)]
    [InlineData("COPY --from=build /src/app/file.txt /dst/\n", 60)]
    [InlineData("RUN git clone https://example.com/a.git /a\n", 95)]
    public void Linting_a_large_file_of_tiny_instructions_keeps_the_heap_within_a_small_multiple_of_the_input(string line, int bound)
    {
        string text = Repeat(line, 2_000_000);
        AllRules.Lint("FROM alpine\nENV A=b\nRUN echo hi\n");
        double perChar = PeakHeapPerChar(text, () => AllRules.Lint(text), out var result);
        output.WriteLine($"{perChar:F1} bytes per input char at most after a collection");
        Assert.Empty(((LintResult)result).RuleFailures);
        Assert.True(perChar < bound, $"{perChar:F1} bytes per input char at most after a collection (bound {bound})");
    }

    // Measured (2 MB files, Debug build): ENV 52, RUN 27 bytes per char.
    [Theory]
    [InlineData("ENV A=b C=d\n", 70)]
    [InlineData("RUN echo hello world\n", 40)]
    public void Parsing_a_large_file_of_tiny_instructions_keeps_the_heap_within_a_small_multiple_of_the_input(string line, int bound)
    {
        string text = Repeat(line, 2_000_000);
        double perChar = PeakHeapPerChar(text, () => DockerfileParser.Parse(text), out var result);
        output.WriteLine($"{perChar:F1} bytes per input char at most after a collection");
        Assert.Empty(((DockerfileSyntax)result).Diagnostics);
        Assert.True(perChar < bound, $"{perChar:F1} bytes per input char at most after a collection (bound {bound})");
    }

    private static double PeakHeapPerChar(string text, Func<object> run, out object result)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var sampler = HeapSampler.Start();
        result = run();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long peak = Math.Max(sampler.Stop(), GC.GetGCMemoryInfo().HeapSizeBytes);
        GC.KeepAlive(result);
        return (peak - before) / (double)text.Length;
    }

    /// <summary>
    /// Reads the heap size after every collection: a finalizable object is dropped at once, its finalizer runs after
    /// the collection that found it dead, reads the heap size and drops a new one for the next collection.
    /// </summary>
    private sealed class HeapSampler
    {
        private long _max;
        private volatile bool _stopped;

        public static HeapSampler Start()
        {
            var sampler = new HeapSampler();
            _ = new Probe(sampler);
            return sampler;
        }

        public long Stop()
        {
            _stopped = true;
            return Interlocked.Read(ref _max);
        }

        private void Sample()
        {
            long size = GC.GetGCMemoryInfo().HeapSizeBytes;
            long seen;
            while (size > (seen = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, size, seen) != seen)
            {
            }
        }

        private sealed class Probe(HeapSampler sampler)
        {
            ~Probe()
            {
                if (sampler._stopped) return;
                sampler.Sample();
                _ = new Probe(sampler);
            }
        }
    }
}
