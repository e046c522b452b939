namespace Dockerfile.Linter.Cli.Tests.Support;

/// <summary>
/// A fact that reports itself skipped (with the reason) when shared test data is missing; under CI it runs and fails.
/// </summary>
public sealed class RequiresSarifSchemaFactAttribute : FactAttribute
{
    public RequiresSarifSchemaFactAttribute()
    {
        if (!File.Exists(RepositoryPaths.SarifSchema) && !RepositoryPaths.SharedDataRequired)
            Skip = $"SARIF schema not found at {RepositoryPaths.SarifSchema} (set DOCKERFILE_LINTER_SHARED)";
    }
}

/// <summary>A fact that is skipped when the corpus is missing; under CI it runs and fails.</summary>
public sealed class RequiresCorpusFactAttribute : FactAttribute
{
    public RequiresCorpusFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(RepositoryPaths.Shared, "corpus")) && !RepositoryPaths.SharedDataRequired)
            Skip = $"corpus not found under {RepositoryPaths.Shared} (set DOCKERFILE_LINTER_SHARED)";
    }
}

/// <summary>A fact that needs the <c>shellcheck</c> executable on PATH: skipped when it is missing, except under CI (<c>.ci/run</c> installs it).</summary>
public sealed class RequiresShellCheckFactAttribute : FactAttribute
{
    /// <summary>The folder of the <c>shellcheck</c> on the process's PATH, or null.</summary>
    public static string? Folder { get; } =
        Path.GetDirectoryName(Dockerfile.Linter.Rules.ShellCheckProcess.Locate("shellcheck", Environment.GetEnvironmentVariable("PATH")) ?? "");

    public RequiresShellCheckFactAttribute()
    {
        if (string.IsNullOrEmpty(Folder) && !RepositoryPaths.SharedDataRequired)
            Skip = "no shellcheck executable on PATH (apt-get install shellcheck)";
    }
}
