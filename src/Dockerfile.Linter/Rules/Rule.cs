namespace Dockerfile.Linter.Rules;

/// <summary>
/// A lint rule: static metadata (<see cref="Descriptor"/>) plus the checks it subscribes in <see cref="Register"/>.
/// Rules are singletons used concurrently across files: they keep no instance state; per-file state lives in closures
/// created inside a callback or is derived from <see cref="RuleContext.Semantics"/>.
/// </summary>
public abstract class Rule
{
    /// <summary>Code, name, severity, docs and other static facts about the rule.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Subscribes the rule's checks. Called once per linter, not once per file.</summary>
    public abstract void Register(RuleRegistrar registrar);

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();
}
