using Microsoft.Extensions.FileSystemGlobbing;

namespace Dockerfile.Linter.Cli.Input;

/// <summary>Which file names count as Dockerfiles when a directory is searched.</summary>
internal static class DockerfileNames
{
    public static readonly IReadOnlyList<string> Patterns =
        ["Dockerfile", "dockerfile", "Dockerfile.*", "Dockerfile-*", "Dockerfile_*", "dockerfile.*", "dockerfile-*", "dockerfile_*",
         "*.Dockerfile", "*.dockerfile", "Containerfile", "Containerfile.*", "Containerfile-*", "Containerfile_*"];

    /// <summary>
    /// Extensions that mark a <c>Dockerfile.*</c> match as some other kind of file (a .NET solution named
    /// <c>Dockerfile.Linter.sln</c>, notes in <c>Dockerfile.md</c>) or as a template that becomes a Dockerfile only
    /// once rendered (<c>Dockerfile.j2</c>, <c>Dockerfile.tpl</c>, <c>Dockerfile.in</c> …); keep in step with
    /// .pre-commit-hooks.yaml.
    /// </summary>
    public static readonly IReadOnlyList<string> NonDockerfileExtensions =
        ["dockerignore", "md", "txt", "rst", "json", "yaml", "yml", "toml", "xml", "sln", "csproj", "fsproj", "vbproj",
         "props", "targets", "sh", "ps1", "py", "cs", "go", "js", "ts", "bak", "orig", "rej", "patch", "diff", "lock",
         "j2", "jinja", "jinja2", "tpl", "tmpl", "template", "gotmpl", "in", "erb", "mustache", "hbs", "njk", "liquid", "m4", "envsubst"];

    private static readonly Matcher Matcher = CreateMatcher();

    private static Matcher CreateMatcher()
    {
        var m = new Matcher(StringComparison.Ordinal);
        m.AddIncludePatterns(Patterns);
        foreach (string extension in NonDockerfileExtensions)
            m.AddExclude("*." + extension);
        return m;
    }

    public static bool IsDockerfile(string fileName) => Matcher.Match(fileName).HasMatches;
}
