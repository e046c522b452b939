namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Configuration"/>: one line per rule, sorted by code.</summary>
internal static class ConfigurationRules
{
    internal static readonly Rule[] All =
    [
        new DF6006UndefinedVar(),
        new DF6010ExposeProtoCasing(),
        new DF6011ExposeInvalidFormat(),
        new DF6013MultipleInstructionsDisallowed(),
        new DF6014WorkdirRelativePath(),
        new DL3000WorkdirRelativePath(),
        new DL3012MultipleHealthchecks(),
        new DL3044EnvSelfReference(),
        new DL3048InvalidLabelKey(),
        new DL3049MissingSchemaLabel(),
        new DL3050LabelNotInSchema(),
        new DL3051EmptySchemaLabel(),
        new DL3052LabelNotUrl(),
        new DL3053LabelNotRfc3339(),
        new DL3054LabelNotSpdx(),
        new DL3055LabelNotGitHash(),
        new DL3056LabelNotSemver(),
        new DL3058LabelNotEmail(),
        new DL4000MaintainerDeprecated(),
        new DL4003MultipleCmds(),
        new DL4004MultipleEntrypoints(),
    ];
}
