namespace Dockerfile.Linter.Context.Bake;

/// <summary>Reads the targets and variable defaults of a <c>docker-bake.hcl</c> through <see cref="HclGrammar"/>.</summary>
internal static class HclBakeReader
{
    /// <summary>The file's targets, or null when the text is not HCL the grammar reads.</summary>
    public static BakeFile? Read(string text, string path)
    {
        var parsed = HclGrammar.Parse(text);
        if (parsed.Body is not { } body) return null;
        var targets = new List<BakeTarget>();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in body.Blocks)
        {
            if (block.Labels.Length != 1) continue;
            var name = block.Labels[0];
            if (block.Type == "variable" && block.Body.Get("default") is HclString { Value: var value }) variables[name] = value;
            if (block.Type != "target") continue;
            targets.Add(new BakeTarget
            {
                Name = name,
                File = path,
                Context = Text(block.Body.Get("context")),
                Dockerfile = Text(block.Body.Get("dockerfile")),
                HasInlineDockerfile = block.Body.Get("dockerfile-inline") is not null and not HclNull,
                Contexts = block.Body.Get("contexts") is HclObject contexts
                    ? contexts.Items.Where(i => i.Value is HclString).ToDictionary(i => i.Key, i => ((HclString)i.Value).Value, StringComparer.Ordinal)
                    : null,
                Inherits = block.Body.Get("inherits") is HclList inherits
                    ? inherits.Items.OfType<HclString>().Select(s => s.Value).ToArray()
                    : null,
            });
        }
        return new BakeFile(targets, variables);
    }

    private static string? Text(HclExpression? expression) => expression is HclString s ? s.Value : null;
}
