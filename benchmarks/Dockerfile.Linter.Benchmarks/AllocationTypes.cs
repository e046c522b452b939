using System.Diagnostics.Tracing;
using System.Globalization;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// What a corpus lint allocates, by type (<c>alloc-types</c> mode): the runtime's allocation-tick events sample one
/// allocation per ~100 KB, so each sample stands for about 100 KB of its type. <c>alloc-types shell</c>: the shell parse
/// of every RUN and the flags of its commands only; <c>alloc-types parse</c>: the parse alone.
/// </summary>
internal static class AllocationTypes
{
    public static void Run(bool shellOnly = false, bool parseOnly = false, int rounds = 3)
    {
        var (texts, _) = CorpusFiles.Load();
        var linter = new DockerfileLinter();
        Action lint;
        if (shellOnly)
        {
            var runs = texts.SelectMany(t => DockerfileParser.Parse(t, "Dockerfile").Instructions.OfType<RunInstruction>()).ToArray();
            lint = () => { foreach (var r in runs) foreach (var c in ShellParser.ParseRunUncached(r).Commands) _ = c.Flags; };
        }
        else if (parseOnly)
        {
            rounds *= 3;
            lint = () => { foreach (var text in texts) DockerfileParser.Parse(text, "Dockerfile"); };
        }
        else lint = () => { foreach (var text in texts) linter.Lint(text, "Dockerfile"); };
        lint();
        using var listener = new TickListener();
        for (int round = 0; round < rounds; round++) lint();
        Thread.Sleep(2000);   // events arrive asynchronously
        var samples = listener.Snapshot();
        long total = samples.Values.Sum();
        Console.WriteLine($"{total} allocation samples over {rounds} corpus {(parseOnly ? "parses" : "lints")}; share by type:");
        foreach (var (type, count) in samples.OrderByDescending(e => e.Value).Take(40))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count * 100.0 / total,6:F1}%  ~{count * 100.0 / rounds / texts.Length:F1} KB/file  {type}"));
    }

    private sealed class TickListener : EventListener
    {
        private readonly Dictionary<string, long> _byType = [];

        public Dictionary<string, long> Snapshot()
        {
            lock (_byType) return new Dictionary<string, long>(_byType);
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);   // GC keyword: AllocationTick
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            int index = e.PayloadNames.IndexOf("TypeName");
            if (index < 0 || e.Payload?[index] is not string type) return;
            lock (_byType) _byType[type] = _byType.GetValueOrDefault(type) + 1;
        }
    }
}
