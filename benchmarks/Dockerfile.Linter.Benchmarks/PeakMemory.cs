using System.Diagnostics;
using System.Text;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Memory per input byte on one large generated file of tiny instructions (the hostile case: millions of nodes):
/// what the lint result keeps alive, what the run allocates, and the process's peak working set above what it used
/// before the lint. Run in a fresh process per case (<c>-- memory ENV 50</c>, <c>-- memory RUN 50</c>) with
/// <c>DOTNET_gcServer=0 DOTNET_gcConcurrent=0</c>, so the peak belongs to that case alone. A fourth argument
/// <c>parse</c> (<c>-- memory ENV 50 parse</c>) measures the parse alone. <c>MEMORY_RULES=DF1,DL30</c> in the
/// environment keeps only the rules whose codes start so: to find which rules hold memory (the peak is noisy by about
/// ±15 bytes per input byte with the collector's timing, so look for large differences).
/// </summary>
internal static class PeakMemory
{
    private static readonly Dictionary<string, string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ENV"] = "ENV A=b C=d\n",
        ["RUN"] = "RUN echo hello world\n",
        ["COPY"] = "COPY --from=build /src/app/file.txt /dst/\n",
        ["LABEL"] = "LABEL org.opencontainers.image.vendor=acme version=1.0\n",
        ["FROM"] = "FROM alpine:3.20\n",
        // a realistic two-stage build, repeated: every kind of instruction, a few hundred bytes per stage
        ["MIXED"] = """
            FROM node:20-alpine AS build
            WORKDIR /app
            COPY package.json package-lock.json ./
            RUN npm ci && npm cache clean --force
            ENV NODE_ENV=production PORT=8080
            LABEL org.opencontainers.image.source="https://example.com/repo"
            COPY . .
            RUN npm run build
            FROM nginx:1.27-alpine
            COPY --from=build /app/dist /usr/share/nginx/html
            EXPOSE 80
            USER nginx
            CMD ["nginx", "-g", "daemon off;"]

            """,
    };

    public static void Run(string[] args)
    {
        string kind = args.Length > 1 ? args[1] : "ENV";
        int megabytes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50;
        string line = Lines.TryGetValue(kind, out var l) ? l : throw new ArgumentException($"unknown case {kind} ({string.Join(", ", Lines.Keys)})");
        bool parseOnly = args.Length > 3 && args[3] == "parse";
        var sb = new StringBuilder("FROM alpine\n", megabytes * 1_000_000 + 64);
        while (sb.Length < megabytes * 1_000_000) sb.Append(line);
        string text = sb.ToString();
        sb = null;

        var linter = new DockerfileLinter(new LintOptions { Preset = Rules.Preset.All });
        if (Environment.GetEnvironmentVariable("MEMORY_RULES") is { } keep)
        {
            var ignore = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var d in linter.Rules) if (!keep.Split(',').Any(p => d.Code.StartsWith(p, StringComparison.Ordinal))) ignore.Add(d.Code);
            linter = new DockerfileLinter(new LintOptions { Preset = Rules.Preset.All, Ignore = ignore });
        }
        linter.Lint("FROM alpine\nENV A=b\nRUN echo hi\n");
        var process = Process.GetCurrentProcess();
        long baseHeap = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        long baseWorkingSet = process.WorkingSet64;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        object result = parseOnly ? Parsing.DockerfileParser.Parse(text) : linter.Lint(text);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - baseHeap;
        process.Refresh();
        long peak = process.PeakWorkingSet64 - baseWorkingSet;
        double n = text.Length;
        string what = result is LintResult lint ? $"lint, {lint.Diagnostics.Length:N0} findings listed" : "parse only";
        Console.WriteLine($"{kind} x {megabytes} MB ({text.Length:N0} chars, {what}):");
        Console.WriteLine($"  peak working set above the start   {peak / n,8:F1} bytes per input byte");
        Console.WriteLine($"  kept alive by the result           {retained / n,8:F1} bytes per input byte");
        Console.WriteLine($"  allocated                          {allocated / n,8:F1} bytes per input byte");
        GC.KeepAlive(result);
    }
}
