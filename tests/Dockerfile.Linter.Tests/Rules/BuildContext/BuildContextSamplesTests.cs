using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Rules.ContextRules;

/// <summary>The build-context findings promised by samples/README.md, checked against the sample directories.</summary>
public class BuildContextSamplesTests
{
    [Theory]
    [InlineData("node-app-bad", "Dockerfile", "DF2003@3 DF2001@5 DF2002@5")]
    [InlineData("node-app-good", "Dockerfile", "")]
    [InlineData("python-secrets", "Dockerfile", "DF2001@7 DF2004@8")]
    [InlineData("python-app-good", "Dockerfile", "")]
    [InlineData("multi-purpose", "Dockerfile", "")]
    [InlineData("single-purpose", "Dockerfile", "")]
    [InlineData("static-site-ignored", "Dockerfile", "DF2004@2")]
    [InlineData("static-site-good", "Dockerfile", "")]
    [InlineData("monorepo", "docker/api.Dockerfile", "DF2003@7")]
    [InlineData("dockerignore-typo", "Dockerfile", "DF2005@4 DF2005@4")]
    public void Sample_has_the_documented_build_context_findings(string sample, string dockerfile, string expected)
    {
        var root = SharedData.RepositoryRoot();
        Assert.NotNull(root); // the samples live in the repository itself
        var contextDirectory = Path.Combine(root, "samples", sample);
        var dockerfilePath = Path.Combine(contextDirectory, dockerfile.Replace('/', Path.DirectorySeparatorChar));
        var linter = new DockerfileLinter(new LintOptions { ContextDirectory = contextDirectory });

        var result = linter.LintFile(dockerfilePath);

        var found = result.Diagnostics
            .Where(d => d.Code.StartsWith("DF20", StringComparison.Ordinal))
            .OrderBy(d => d.Location.Start.Line).ThenBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => $"{d.Code}@{d.Location.Start.Line}");
        Assert.Equal(expected, string.Join(' ', found));
    }

    [Fact]
    public void The_secrets_sample_names_every_secret_file_but_not_the_public_key()
    {
        var root = SharedData.RepositoryRoot()!;
        var contextDirectory = Path.Combine(root, "samples", "python-secrets");
        var result = new DockerfileLinter(new LintOptions { ContextDirectory = contextDirectory })
            .LintFile(Path.Combine(contextDirectory, "Dockerfile"));

        var message = result.Diagnostics.Single(d => d.Code == "DF2001").Message;
        Assert.Contains(".aws/credentials (AWS credentials), .env (environment file), .pypirc (PyPI password), deploy/id_ed25519 (SSH private key)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("id_ed25519.pub", message, StringComparison.Ordinal);
    }
}
