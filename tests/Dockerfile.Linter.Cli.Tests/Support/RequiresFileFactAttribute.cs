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
