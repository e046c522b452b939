using BenchmarkDotNet.Running;
using Dockerfile.Linter.Benchmarks;

if (args.Length > 0 && args[0] == "cpu")
{
    CpuTimeThroughput.Run();
    return;
}
if (args.Length > 0 && args[0] == "memory")
{
    PeakMemory.Run(args);
    return;
}
if (args.Length > 0 && args[0] == "lint-cpu")
{
    // lint-cpu [all] [no-shellcheck]: every rule instead of the recommended set; the SC rules switched off (for
    // measuring what the ShellCheck family costs).
    CpuTimeLintThroughput.Run(allRules: args.Contains("all"), withoutShellCheck: args.Contains("no-shellcheck"));
    return;
}
if (args.Length > 0 && args[0] == "sc-family")
{
    // The in-process ShellCheck family on versus off, alternating, thread CPU time (ShellCheckFamilyBenchmark in BenchmarkDotNet).
    ShellCheckFamily.RunCpu();
    return;
}
if (args.Length > 0 && args[0] == "rule-costs")
{
    // rule-costs [CODE-PREFIX…]: only the rules whose codes start so (all default rules otherwise).
    RuleCosts.Run(args.Skip(1).ToArray());
    return;
}
if (args.Length > 0 && args[0] == "rule-allocs")
{
    RuleAllocations.Run(args.Skip(1).ToArray());
    return;
}
if (args.Length > 0 && args[0] == "alloc-types")
{
    // alloc-types [shell|parse]: what a corpus lint (or the shell parse, or the parse) allocates, by type.
    AllocationTypes.Run(shellOnly: args.Contains("shell"), parseOnly: args.Contains("parse"));
    return;
}
if (args.Length > 0 && args[0] == "startup")
{
    // startup [PATH]: CPU time of the first lint in this fresh process against the second (one-time costs).
    StartupCost.Run(args);
    return;
}
if (args.Length > 0 && args[0] == "cli-parts")
{
    CliParts.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ParseCorpusBenchmark).Assembly).Run(args);
