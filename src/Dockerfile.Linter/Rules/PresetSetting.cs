using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>How a preset sets one rule: whether it runs, and the severity it has when it runs (also when it is switched on explicitly).</summary>
/// <param name="Enabled">Whether the rule runs under the preset without being enabled explicitly.</param>
/// <param name="Severity">The severity of the rule's findings under the preset.</param>
public readonly record struct PresetSetting(bool Enabled, Severity Severity)
{
    /// <summary>The rule runs at <paramref name="severity"/>.</summary>
    public static PresetSetting On(Severity severity) => new(true, severity);

    /// <summary>The rule does not run unless enabled explicitly; then it has <paramref name="severity"/>.</summary>
    public static PresetSetting Off(Severity severity) => new(false, severity);

    /// <summary><c>error</c>, <c>warning</c>, <c>info</c>, <c>style</c>, or <c>off</c> when the rule does not run.</summary>
    public override string ToString() => Enabled ? Severity.ToString().ToLowerInvariant() : "off";
}
