using System.Text.Json;

namespace Dockerfile.Linter.Context.Bake;

/// <summary>Reads the targets and variable defaults of a <c>docker-bake.json</c> with System.Text.Json.</summary>
internal static class JsonBakeReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = DefinitionFileLimits.MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The file's targets, or null when the text is not a JSON object.</summary>
    public static BakeFile? Read(string text, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            var targets = new List<BakeTarget>();
            var variables = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Property(document.RootElement, "variable") is { ValueKind: JsonValueKind.Object } vars)
            {
                foreach (var variable in vars.EnumerateObject())
                {
                    if (variable.Value.ValueKind == JsonValueKind.Object && Property(variable.Value, "default") is { ValueKind: JsonValueKind.String } d)
                        variables[variable.Name] = d.GetString()!;
                }
            }
            if (Property(document.RootElement, "target") is { ValueKind: JsonValueKind.Object } all)
            {
                foreach (var target in all.EnumerateObject())
                {
                    if (target.Value.ValueKind != JsonValueKind.Object) continue;
                    targets.Add(new BakeTarget
                    {
                        Name = target.Name,
                        File = path,
                        Context = String(Property(target.Value, "context")),
                        Dockerfile = String(Property(target.Value, "dockerfile")),
                        HasInlineDockerfile = Property(target.Value, "dockerfile-inline") is { ValueKind: JsonValueKind.String },
                        Contexts = Property(target.Value, "contexts") is { ValueKind: JsonValueKind.Object } contexts
                            ? contexts.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                                .GroupBy(p => p.Name, StringComparer.Ordinal)
                                .ToDictionary(g => g.Key, g => g.Last().Value.GetString()!, StringComparer.Ordinal)
                            : null,
                        Inherits = Property(target.Value, "inherits") is { ValueKind: JsonValueKind.Array } inherits
                            ? inherits.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
                            : null,
                    });
                }
            }
            return new BakeFile(targets, variables);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        JsonElement? last = null;
        foreach (var property in element.EnumerateObject())
            if (property.NameEquals(name)) last = property.Value;
        return last;
    }

    private static string? String(JsonElement? element) => element is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
}
