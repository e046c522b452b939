using Dockerfile.Linter.Expansion;

namespace Dockerfile.Linter.Semantics;

/// <summary>
/// Presents a <see cref="VariableScope"/> to the <see cref="VariableExpander"/>, noting whether any looked-up variable
/// has a value that is not known statically (those are reported as unset to the expander).
/// </summary>
internal sealed class ScopeLookup(VariableScope scope) : IVariableLookup
{
    /// <summary>True once a variable whose value is not known statically was looked up.</summary>
    public bool SawUnknown { get; private set; }

    public bool TryGetValue(string name, out string value)
    {
        value = "";
        var variable = scope.Lookup(name);
        if (variable is null)
        {
            if (!scope.UndeclaredAreUnset) SawUnknown = true;
            return false;
        }
        if (variable.Value is null)
        {
            SawUnknown = true;
            return false;
        }
        value = variable.Value;
        return true;
    }
}

/// <summary>The result of expanding a word against the statically known variables.</summary>
/// <param name="Expansion">The expansion, with unknown variables treated as unset (its names lists are complete).</param>
/// <param name="IsKnown">False when the value depends on a variable whose value is not known statically.</param>
public sealed record StaticValue(ExpansionResult Expansion, bool IsKnown)
{
    /// <summary>The value the builder would use, or null when it is not known statically or expansion fails.</summary>
    public string? Value => IsKnown && Expansion.Success ? Expansion.Value : null;
}
