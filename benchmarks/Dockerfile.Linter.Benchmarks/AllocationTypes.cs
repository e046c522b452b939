using System.Diagnostics.Tracing;
using System.Globalization;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// What a corpus lint allocates, by type (<c>alloc-types</c> mode): the runtime's allocation-tick events sample one
/// allocation per ~100 KB, so each sample stands for about 100 KB of its type. With <c>parse</c>, what the parse alone
/// allocates.
/// </summary>
internal static class AllocationTypes
{
    public static void Run(int rounds = 3, bool parseOnly = false)
    {
        var (texts, _) = CorpusFiles.Load();
        var linter = new DockerfileLinter();
        Action<string> work = parseOnly ? text => Parsing.DockerfileParser.Parse(text, "Dockerfile") : text => linter.Lint(text, "Dockerfile");
        if (parseOnly) rounds *= 3;
        foreach (var text in texts) work(text);
        using var listener = new TickListener();
        for (int round = 0; round < rounds; round++)
            foreach (var text in texts) work(text);
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
