using Microsoft.Extensions.FileSystemGlobbing;

namespace Dockerfile.Linter.Cli.Input;

/// <summary>Which file names count as Dockerfiles when a directory is searched.</summary>
internal static class DockerfileNames
{
    public static readonly IReadOnlyList<string> Patterns =
        ["Dockerfile", "dockerfile", "Dockerfile.*", "*.Dockerfile", "*.dockerfile", "Containerfile", "Containerfile.*"];

    private static readonly Matcher Matcher = CreateMatcher();

    private static Matcher CreateMatcher()
    {
        var m = new Matcher(StringComparison.Ordinal);
        m.AddIncludePatterns(Patterns);
        m.AddExclude("*.dockerignore");
        return m;
    }

    public static bool IsDockerfile(string fileName) => Matcher.Match(fileName).HasMatches;
}
