using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>Answers "does this RUN keep a package cache out of the layer with a cache or tmpfs mount?".</summary>
internal static class CacheMounts
{
    /// <summary>True when a <c>cache</c> or <c>tmpfs</c> mount of <paramref name="run"/> has a target containing <paramref name="fragment"/>.</summary>
    public static bool Covers(RunInstruction run, string fragment) =>
        run.Mounts.Any(m => m.Type is "cache" or "tmpfs" && m.Target is { } target && target.Contains(fragment, StringComparison.Ordinal));
}
