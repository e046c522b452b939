using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Samples;

/// <summary>The "done right" samples are clean under every default rule, with their build context.</summary>
public class CleanSamplesTests
{
    [Theory]
    [InlineData("node-app-good")]
    [InlineData("python-app-good")]
    [InlineData("single-purpose")]
    [InlineData("static-site-good")]
    public void Good_sample_has_no_findings(string sample)
    {
        string contextDirectory = Path.Combine(SharedData.RepositoryRoot()!, "samples", sample);
        var linter = new DockerfileLinter(new LintOptions { ContextDirectory = contextDirectory });

        var result = linter.LintFile(Path.Combine(contextDirectory, "Dockerfile"));

        Assert.Empty(result.Diagnostics.Select(d => $"{d.Code}@{d.Location.Start.Line}: {d.Message}"));
    }
}
