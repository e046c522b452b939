using Dockerfile.Linter.Cli.Linting;

namespace Dockerfile.Linter.Cli.Tests.Support;

/// <summary>Dockerfiles with known findings, and arguments that keep tests independent of rules added later.</summary>
internal static class Samples
{
    /// <summary>DL3007 (warning) on line 1, DL4000 on line 2 (info under the default preset, error under the hadolint preset).</summary>
    public const string LatestAndMaintainer = "FROM ubuntu:latest\nMAINTAINER someone\nCMD [\"true\"]\n";

    /// <summary>Only DL3007 (warning) on line 1.</summary>
    public const string Latest = "FROM ubuntu:latest\nCMD [\"true\"]\n";

    public const string Clean = "FROM debian:12\nCMD [\"true\"]\n";

    /// <summary>Arguments that switch off every rule except <paramref name="codes"/>, so findings of future rules do not change results.</summary>
    public static string[] OnlyRules(params string[] codes) =>
        RuleCatalog.All.Where(r => !codes.Contains(r.Code)).SelectMany(r => new[] { "--ignore", r.Code }).ToArray();

    /// <summary>
    /// As <see cref="OnlyRules"/>, under the <c>hadolint</c> preset (hadolint's severities, failure threshold info) with
    /// the given rules switched on even where that preset has them off (our DF rules).
    /// </summary>
    public static string[] OnlyRulesUnderHadolintPreset(params string[] codes) =>
        ["--preset", "hadolint", .. codes.SelectMany(c => new[] { "--enable", c }), .. OnlyRules(codes)];

    public static string[] With(this string[] args, params string[] more) => [.. args, .. more];
}
