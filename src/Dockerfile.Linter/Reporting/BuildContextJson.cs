using System.Text.Json;
using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// The build context of a file as a JSON object, shared by the JSON report (<c>files[].context</c>) and SARIF
/// (<c>artifacts[].properties.buildContext</c>). Paths are relative to the working directory when below it.
/// </summary>
internal static class BuildContextJson
{
    public static void Write(Utf8JsonWriter w, string propertyName, InferredBuildContext context, string workingDirectory)
    {
        w.WriteStartObject(propertyName);
        w.WriteString("directory", context.DisplayDirectory(workingDirectory));
        w.WriteString("origin", OriginName(context.Origin));
        w.WriteString("reason", context.Reason);
        if (context.DefinitionFile is { } file) w.WriteString("definitionFile", Shown(file, workingDirectory));
        if (context.DefinitionName is { } name) w.WriteString("definitionName", name);
        if (!context.NamedContexts.IsEmpty)
        {
            w.WriteStartObject("namedContexts");
            foreach (var named in context.NamedContexts.Values.OrderBy(n => n.Name, StringComparer.Ordinal))
                w.WriteString(named.Name, named.Directory is { } d ? Shown(d, workingDirectory) : named.Value);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>The kebab-case name of an origin, as the report schema lists them.</summary>
    public static string OriginName(BuildContextOrigin origin) => origin switch
    {
        BuildContextOrigin.Explicit => "explicit",
        BuildContextOrigin.Compose => "compose",
        BuildContextOrigin.Bake => "bake",
        BuildContextOrigin.DockerfileDirectory => "dockerfile-directory",
        _ => "ancestor-directory",
    };

    private static string Shown(string path, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, path).Replace('\\', '/');
}
