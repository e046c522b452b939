namespace Dockerfile.Linter.Rules;

/// <summary>
/// A named set of rule settings: which rules run and at which severity, and the failure threshold a run uses
/// unless told otherwise. Explicit settings (<see cref="LintOptions.Ignore"/>, <see cref="LintOptions.Enable"/>,
/// <see cref="LintOptions.SeverityOverrides"/>, a failure threshold) always win over the preset.
/// </summary>
public enum Preset
{
    /// <summary>
    /// The default: the rules and severities that hold up on real, well-kept Dockerfiles
    /// (<see cref="RuleDescriptor.EnabledByDefault"/>, <see cref="RuleDescriptor.DefaultSeverity"/>); runs fail on warnings.
    /// </summary>
    Recommended = 0,

    /// <summary>
    /// hadolint's rule set and default severities, unchanged (<see cref="RuleDescriptor.Hadolint"/>); runs fail on
    /// info, as hadolint's do. Chosen by itself when the configuration that applies is a <c>.hadolint.yaml</c>.
    /// </summary>
    Hadolint = 1,

    /// <summary>Every rule on, at its <see cref="RuleDescriptor.DefaultSeverity"/>; runs fail on warnings.</summary>
    All = 2,
}
