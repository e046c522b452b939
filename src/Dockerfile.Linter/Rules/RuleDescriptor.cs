using System.Collections.Immutable;
using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>Whether a rule offers fixes.</summary>
public enum FixAvailability
{
    /// <summary>The rule never offers a fix.</summary>
    None,
    /// <summary>Some findings come with a fix.</summary>
    Sometimes,
    /// <summary>Every finding comes with a fix.</summary>
    Always,
}

/// <summary>Everything known about a rule apart from its check: code, names, severity, docs.</summary>
public sealed class RuleDescriptor
{
    /// <summary>The stable code: hadolint's (<c>DL3008</c>) where the rule matches one, otherwise ours (<c>DF…</c>).</summary>
    public required string Code { get; init; }

    /// <summary>Kebab-case name (<c>apt-get-unpinned-package</c>).</summary>
    public required string Name { get; init; }

    /// <summary>A one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>Composite format of the message (<see cref="string.Format(string, object?[])"/>).</summary>
    public required string MessageFormat { get; init; }

    /// <summary>The family the rule belongs to.</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>
    /// Severity under the default preset, <see cref="Preset.Recommended"/>, and under <see cref="Preset.All"/>; also the
    /// severity of a rule that is switched on explicitly there.
    /// </summary>
    public required Severity DefaultSeverity { get; init; }

    /// <summary>Whether the rule runs under the default preset, <see cref="Preset.Recommended"/>; false for rules that run only when enabled explicitly.</summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>
    /// How the <see cref="Preset.Hadolint"/> preset sets the rule: hadolint's default for a rule hadolint has. Null for
    /// a rule hadolint does not have: it does not run under that preset unless enabled explicitly.
    /// </summary>
    public PresetSetting? Hadolint { get; init; }

    /// <summary>
    /// One line saying why the <see cref="Preset.Recommended"/> setting differs from hadolint's default (required when it
    /// does), or why a rule of our own is set as it is; shown in the rule's documentation.
    /// </summary>
    public string? PresetRationale { get; init; }

    /// <summary>How <paramref name="preset"/> sets this rule, before any explicit option.</summary>
    public PresetSetting GetPresetSetting(Preset preset) => preset switch
    {
        Preset.Hadolint => Hadolint ?? PresetSetting.Off(DefaultSeverity),
        Preset.All => PresetSetting.On(DefaultSeverity),
        _ => new PresetSetting(EnabledByDefault, DefaultSeverity),
    };

    /// <summary>Whether findings come with fixes.</summary>
    public FixAvailability Fix { get; init; } = FixAvailability.None;

    /// <summary>
    /// What the rule's fix does, in a few words and apart from the message (<c>Add --no-cache</c>, <c>Double-quote the
    /// expansion</c>): the title of the fixes made with <see cref="RuleContext.CreateFix"/>, and what the catalogue and
    /// <c>rules -f json</c> show for the rule. A fix may carry a more specific title of its own (<c>Write 'AS'</c>).
    /// Required when <see cref="Fix"/> is not <see cref="FixAvailability.None"/>.
    /// </summary>
    public string? FixTitle { get; init; }

    /// <summary>Markdown documentation: what it does, why, an example that triggers and one that does not.</summary>
    public required string Docs { get; init; }

    /// <summary>
    /// The configuration the examples in <see cref="Docs"/> assume, as the YAML of a <c>.dockerfile-lint.yaml</c>
    /// (<c>trusted-registries: [registry.example.com]</c>), for rules that do nothing without it; null for the others.
    /// The catalogue shows it with the examples, and the docs-example tests lint them with it.
    /// </summary>
    public string? ExampleConfiguration { get; init; }

    /// <summary>Other names the rule answers to: a BuildKit check name (<c>StageNameCasing</c>) or another tool's code.</summary>
    public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The settings the rule reads from <see cref="LintOptions.RuleSettings"/>; anything else there is an error.</summary>
    public ImmutableArray<RuleSetting> Settings { get; init; } = ImmutableArray<RuleSetting>.Empty;

    /// <summary>
    /// Whether the rule's instruction and RUN-command callbacks also run for the instruction an <c>ONBUILD</c> wraps
    /// (then <see cref="RuleContext.IsOnbuildTrigger"/> is true). True by default, as hadolint checks triggers like any
    /// instruction; false for checks that only make sense in the build that runs the trigger (BuildKit's checks do
    /// not look at triggers, and names, stages and variables in a trigger belong to the child build).
    /// </summary>
    public bool IncludeOnbuildTriggers { get; init; } = true;

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Name}";
}
