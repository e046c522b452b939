namespace Dockerfile.Linter.Context;

/// <summary>Where the build context of a Dockerfile came from.</summary>
public enum BuildContextOrigin
{
    /// <summary>Given by the caller: <c>--context</c>, <c>context:</c> in configuration, or <see cref="LintOptions.ContextDirectory"/>.</summary>
    Explicit,

    /// <summary>A compose file whose service <c>build</c> names this Dockerfile.</summary>
    Compose,

    /// <summary>A bake file (<c>docker-bake.hcl</c>, <c>docker-bake.json</c>, overrides) whose target names this Dockerfile.</summary>
    Bake,

    /// <summary>The folder that holds the Dockerfile (what <c>docker build -f dir/Dockerfile dir</c> sends).</summary>
    DockerfileDirectory,

    /// <summary>
    /// A folder above the Dockerfile, up to the repository root, where more of its COPY/ADD sources exist than in the
    /// Dockerfile's own folder (a monorepo's <c>docker/app/Dockerfile</c> built from the root).
    /// </summary>
    AncestorDirectory,
}
