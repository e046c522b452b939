using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>DF0000: a rule threw while checking the file (a linter bug); reported by the engine itself.</summary>
internal sealed class DF0000RuleFailure : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF0000",
        Name = "rule-failure",
        Title = "A rule failed while checking the file",
        MessageFormat = "Rule {0} failed on this file and was skipped: {1}",
        Category = RuleCategory.Meta,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "It reports a failure of the linter itself, so it runs in every preset.",
        Docs = """
            ## What it does
            Reports that a rule stopped with an internal error while checking the file, or reported a finding, a
            related location or a fix edit outside the file's text (that finding is dropped rather than moved). The
            other rules still ran; the findings of the failed rule for this file may be incomplete.

            ## Why
            A crash in one rule should neither abort the whole run nor pass silently. Please report the message
            (and, if you can, the Dockerfile) as a bug.

            ## Example
            This finding cannot be triggered on purpose: it only appears when a rule has a bug.

            ## Use instead
            Nothing to change in the Dockerfile; ignore the rule (`--ignore DF0000`) to hide the finding until the
            rule is fixed.
            """,
    };

    /// <summary>Nothing to subscribe: the engine reports rule failures itself.</summary>
    public override void Register(RuleRegistrar registrar)
    {
    }
}
