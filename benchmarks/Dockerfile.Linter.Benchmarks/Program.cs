using BenchmarkDotNet.Running;
using Dockerfile.Linter.Benchmarks;

if (args.Length > 0 && args[0] == "cpu")
{
    CpuTimeThroughput.Run();
    return;
}
if (args.Length > 0 && args[0] == "lint-cpu")
{
    CpuTimeLintThroughput.Run();
    return;
}
if (args.Length > 0 && args[0] == "rule-costs")
{
    RuleCosts.Run();
    return;
}
if (args.Length > 0 && args[0] == "alloc-types")
{
    AllocationTypes.Run();
    return;
}
if (args.Length > 0 && args[0] == "cli-parts")
{
    CliParts.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ParseCorpusBenchmark).Assembly).Run(args);
