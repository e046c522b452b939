namespace Dockerfile.Linter.Context;

/// <summary>
/// Recognises directories that are tool output rather than source. Names like <c>bin</c> or <c>build</c> are also
/// used for hand-written files, so those count only next to the project file of a tool that writes them.
/// </summary>
internal static class BuildOutputHeuristics
{
    private static readonly string[] JvmOrRustProjects = ["pom.xml", "Cargo.toml", "build.sbt", "build.gradle", "build.gradle.kts"];
    private static readonly string[] BuildDirProjects =
        ["build.gradle", "build.gradle.kts", "settings.gradle", "CMakeLists.txt", "setup.py", "pyproject.toml", "package.json"];

    public static NotableKind? Classify(string directoryName, IReadOnlySet<string> siblingNames) => directoryName switch
    {
        ".git" => NotableKind.GitDirectory,
        "node_modules" => NotableKind.NodeModules,
        "dist" => NotableKind.BuildOutput,
        "obj" when siblingNames.Contains("bin") || HasDotNetProject(siblingNames) => NotableKind.BuildOutput,
        "bin" when siblingNames.Contains("obj") || HasDotNetProject(siblingNames) => NotableKind.BuildOutput,
        "target" when JvmOrRustProjects.Any(siblingNames.Contains) => NotableKind.BuildOutput,
        "build" when BuildDirProjects.Any(siblingNames.Contains) => NotableKind.BuildOutput,
        _ => null,
    };

    private static bool HasDotNetProject(IReadOnlySet<string> names) =>
        names.Any(n => n.EndsWith(".csproj", StringComparison.Ordinal) || n.EndsWith(".fsproj", StringComparison.Ordinal)
            || n.EndsWith(".vbproj", StringComparison.Ordinal));
}
