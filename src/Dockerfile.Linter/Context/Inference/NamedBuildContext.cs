namespace Dockerfile.Linter.Context;

/// <summary>
/// A named build context (<c>docker buildx build --build-context name=value</c>, bake <c>contexts</c>, compose
/// <c>additional_contexts</c>): <c>FROM name</c> and <c>COPY --from=name</c> read from it instead of an image or stage.
/// </summary>
/// <param name="Name">The name the Dockerfile uses.</param>
/// <param name="Value">The value as written (a path, <c>docker-image://…</c>, <c>target:…</c>, <c>oci-layout://…</c> or a URL).</param>
/// <param name="Directory">The absolute folder when the value is a local path, otherwise null.</param>
public sealed record NamedBuildContext(string Name, string Value, string? Directory)
{
    /// <summary>
    /// Reads <paramref name="value"/> as BuildKit does: <c>docker-image://</c>, <c>target:</c>, <c>oci-layout://</c>,
    /// URLs and <c>git@</c> remotes are kept as they are; anything else is a folder, resolved against
    /// <paramref name="baseDirectory"/>.
    /// </summary>
    public static NamedBuildContext Parse(string name, string value, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        return new NamedBuildContext(name, value, IsLocal(value) ? FullPathOrNull(value, baseDirectory) : null);
    }

    private static bool IsLocal(string value) =>
        value.Length > 0
        && !RemoteSource.IsRemote(value)
        && !value.StartsWith("target:", StringComparison.Ordinal)
        && !value.Contains("${", StringComparison.Ordinal);

    private static string? FullPathOrNull(string value, string baseDirectory)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(value, baseDirectory));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
