namespace Dockerfile.Linter.Expansion;

/// <summary>A read-only source of variable values used by <see cref="VariableExpander"/>.</summary>
public interface IVariableLookup
{
    /// <summary>Looks up <paramref name="name"/>; returns false when the variable is not set (set-but-empty returns true).</summary>
    bool TryGetValue(string name, out string value);
}
