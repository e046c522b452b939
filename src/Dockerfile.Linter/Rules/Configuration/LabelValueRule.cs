using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Base of the label-schema value rules (DL3052–DL3058). Each checks the labels whose schema type is
/// <c>schemaType</c> with its own <see cref="IsValid"/>; the rule supplies its metadata, the description of a valid
/// value, one bad/good example and any difference from hadolint, and this base writes the shared docs around them.
/// </summary>
internal abstract class LabelValueRule(
    string code,
    string name,
    string title,
    string messageFormat,
    string schemaType,
    string validValue,
    string exampleLabel,
    string badValue,
    string goodValue,
    string? differencesFromHadolint = null) : Rule
{
    public sealed override RuleDescriptor Descriptor { get; } = new()
    {
        Code = code,
        Name = name,
        Title = title,
        MessageFormat = messageFormat,
        Category = RuleCategory.Configuration,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        ExampleConfiguration = $"label-schema:\n  {exampleLabel}: {schemaType}\n",
        Docs = Docs(schemaType, validValue, exampleLabel, badValue, goodValue, differencesFromHadolint),
    };

    /// <summary>Whether a non-empty, statically known label value has the shape the schema type demands.</summary>
    protected abstract bool IsValid(string value);

    public sealed override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<LabelInstruction>((label, context) => LabelSchema.CheckValues(label, context, schemaType, IsValid));

    private static string Docs(string type, string validValue, string label, string bad, string good, string? differences)
    {
        string differencesSection = differences is null ? "" : $"""
            ## Differences from hadolint
            {differences}


            """;
        return $$"""
            ## What it does
            For labels that the configured label schema declares with type `{{type}}`, reports a value that is not
            {{validValue}} Empty values are left to DL3051; values with unknown variables are not checked. Does nothing
            while no label schema is configured.

            ## Why
            Registries, scanners and release tooling read these labels; a value in the wrong shape is silently
            ignored or breaks them.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL {{label}}="{{bad}}"
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL {{label}}="{{good}}"
            ```


            """ + differencesSection + $"""
            ## Options
            `LabelSchema` (hadolint's `label-schema`): label names with their type; this rule checks those of type
            `{type}`.
            """;
    }
}
