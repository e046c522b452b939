using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Parsing;

/// <summary>BuildKit's upstream parser test data: every positive case dumps to its <c>result</c>, every negative case fails.</summary>
public class ConformanceTests
{
    private const string Conformance = "conformance/buildkit";

    /// <summary>Rows: the upstream positive cases.</summary>
    public static IEnumerable<object[]> PositiveCases() => DataFiles.CaseFolders("conformance", "buildkit", "testfiles");

    /// <summary>Rows: the upstream negative cases.</summary>
    public static IEnumerable<object[]> NegativeCases() => DataFiles.CaseFolders("conformance", "buildkit", "testfiles-negative");

    [SharedDataTheory("conformance", "buildkit", "testfiles")]
    [MemberData(nameof(PositiveCases))]
    public void Positive_case_dumps_exactly_to_result(string name)
    {
        string dir = SharedData.PathTo("conformance", "buildkit", "testfiles", name)!;
        string text = DataFiles.ReadExact(Path.Combine(dir, "Dockerfile"));
        string expected = DataFiles.ReadExact(Path.Combine(dir, "result"));

        var syntax = DockerfileParser.Parse(text);

        Assert.DoesNotContain(syntax.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(expected, BuildKitDump.Dump(syntax));
        Assert.Equal(text, syntax.ToFullString());
    }

    [SharedDataTheory("conformance", "buildkit", "testfiles-negative")]
    [MemberData(nameof(NegativeCases))]
    public void Negative_case_yields_an_error(string name)
    {
        string dir = SharedData.PathTo("conformance", "buildkit", "testfiles-negative", name)!;
        string text = DataFiles.ReadExact(Path.Combine(dir, "Dockerfile"));

        var syntax = DockerfileParser.Parse(text);

        Assert.True(syntax.HasErrors, $"expected an error for {name}");
        Assert.Equal(text, syntax.ToFullString());
    }

    [SharedDataFact("conformance", "buildkit", "testfile-line", "Dockerfile")]
    public void Line_numbers_of_testfile_line()
    {
        string text = DataFiles.ReadExact(SharedData.PathTo("conformance", "buildkit", "testfile-line", "Dockerfile")!);

        var syntax = DockerfileParser.Parse(text);

        Assert.Equal(
            [(5, 5), (11, 12), (17, 31)],
            syntax.Instructions.Select(i => (i.StartLine, i.EndLine)).ToArray());
    }
}
