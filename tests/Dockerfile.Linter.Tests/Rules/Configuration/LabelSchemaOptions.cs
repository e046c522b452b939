namespace Dockerfile.Linter.Tests.Rules.Configuration;

/// <summary>Builds <see cref="LintOptions"/> with a label schema for the label-schema rule tests.</summary>
internal static class LabelSchemaOptions
{
    public static LintOptions With(string key, string type, bool strict = false)
    {
        var options = new LintOptions { StrictLabels = strict };
        options.LabelSchema[key] = type;
        return options;
    }
}
