namespace Dockerfile.Linter.Tests.Meta;

/// <summary>
/// The options under which a rule's docs examples are linted: the rule enabled, plus the configuration that rules
/// reading <see cref="LintOptions"/> (trusted registries, label schema) need to do anything at all. The examples in
/// those rules' docs state the configuration they assume.
/// </summary>
internal static class ExampleOptions
{
    private static readonly Dictionary<string, string> SchemaTypeByCode = new()
    {
        ["DL3049"] = "org.opencontainers.image.source=url",
        ["DL3050"] = "org.opencontainers.image.source=url",
        ["DL3051"] = "org.opencontainers.image.revision=hash",
        ["DL3052"] = "org.opencontainers.image.source=url",
        ["DL3053"] = "org.opencontainers.image.created=rfc3339",
        ["DL3054"] = "org.opencontainers.image.licenses=spdx",
        ["DL3055"] = "org.opencontainers.image.revision=hash",
        ["DL3056"] = "org.opencontainers.image.version=semver",
        ["DL3058"] = "maintainer=email",
    };

    public static LintOptions For(string code)
    {
        // DF0004 reports what the shellcheck executable finds, only when asked to.
        var options = new LintOptions { Enable = { code }, ShellCheck = code == "DF0004" };
        if (code == "DL3026") options.TrustedRegistries.Add("registry.example.com");
        if (SchemaTypeByCode.TryGetValue(code, out string? entry))
        {
            string[] parts = entry.Split('=');
            options.LabelSchema[parts[0]] = parts[1];
        }
        return code == "DL3050" ? WithStrictLabels(options) : options;
    }

    private static LintOptions WithStrictLabels(LintOptions options) => new()
    {
        Enable = options.Enable,
        LabelSchema = options.LabelSchema,
        StrictLabels = true,
    };
}
