using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Suppression;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.BuildKit;

/// <summary>
/// BuildKit's own check tests (<see cref="BuildKitCheckCases"/>) run through the linter: the findings of the rules that
/// answer to a BuildKit check name, read as BuildKit's warnings (check name, message, first line), must be exactly the
/// warnings <c>docker build --check</c> reports. The BuildKit checks run as BuildKit runs them: all on, the
/// experimental one only where <c># check=experimental=…</c> enables it.
/// </summary>
public class BuildKitCheckConformanceTests
{
    public static TheoryData<BuildKitCheckCase> Cases() => [.. BuildKitCheckCases.All];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Warnings_match_BuildKit(BuildKitCheckCase testCase)
    {
        var diagnostics = Lint(testCase);
        var actual = BuildKitWarnings(diagnostics).Select(w => w.ToString()).ToList();
        var expected = testCase.Warnings.OrderBy(w => w.Line).ThenBy(w => w.Detail, StringComparer.Ordinal).Select(w => w.ToString()).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Error_setting_fails_the_build_as_BuildKit_does(BuildKitCheckCase testCase)
    {
        // error=true makes every finding of a BuildKit check an error; otherwise each keeps its rule's severity.
        var byCode = RuleRegistry.All.ToDictionary(r => r.Descriptor.Code, r => r.Descriptor.DefaultSeverity);
        foreach (var (check, diagnostic) in BuildKitFindings(Lint(testCase)))
            Assert.True(diagnostic.Severity == (testCase.FailsBuild ? Severity.Error : byCode[diagnostic.Code]),
                $"{check} on line {diagnostic.Location.Start.Line} is {diagnostic.Severity}");
    }

    [Fact]
    public void Every_check_with_a_Dockerfile_test_upstream_is_covered()
    {
        var covered = BuildKitCheckCases.All.SelectMany(c => c.Warnings).Select(w => w.Rule).ToHashSet();
        var missing = BuildKitChecks.Names.Where(n => n != "InvalidBaseImagePlatform" && !covered.Contains(n)).ToList();
        Assert.Empty(missing);
    }

    /// <summary>Lints the case as BuildKit's lint request sees it: every BuildKit check on, the case's build arguments.</summary>
    internal static IReadOnlyList<Diagnostic> Lint(BuildKitCheckCase testCase)
    {
        using var context = new TempContext();
        context.File("Dockerfile", testCase.Dockerfile);
        if (testCase.DockerIgnore is { } ignore) context.File(".dockerignore", ignore);
        foreach (var file in testCase.ContextFiles) context.File(file, "x");
        var options = new LintOptions
        {
            ContextDirectory = context.Root,
            BuildArgs = new Dictionary<string, string>(testCase.BuildArgs),
        };
        foreach (var rule in RuleRegistry.All)
            if (BuildKitChecks.AliasesOf(rule.Descriptor).Any(a => !CheckSettings.ExperimentalChecks.Contains(a)))
                options.Enable.Add(rule.Descriptor.Code);
        var linter = new DockerfileLinter(options);
        return linter.Lint(testCase.Dockerfile, context.Full("Dockerfile")).Diagnostics;
    }

    private static IEnumerable<(string Check, Diagnostic Diagnostic)> BuildKitFindings(IEnumerable<Diagnostic> diagnostics)
    {
        var byCode = RuleRegistry.All.ToDictionary(r => r.Descriptor.Code, r => r.Descriptor);
        foreach (var d in diagnostics)
            if (byCode.TryGetValue(d.Code, out var descriptor))
                foreach (var name in BuildKitChecks.AliasesOf(descriptor))
                    yield return (name, d);
    }

    private static IEnumerable<ExpectedCheck> BuildKitWarnings(IEnumerable<Diagnostic> diagnostics) =>
        BuildKitFindings(diagnostics)
            .Select(f => new ExpectedCheck(f.Check, f.Diagnostic.Message, f.Diagnostic.Location.Start.Line))
            .OrderBy(w => w.Line).ThenBy(w => w.Detail, StringComparer.Ordinal);
}
