using System.Collections.Immutable;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Semantics;

/// <summary>How a variable came into scope.</summary>
public enum VariableKind
{
    /// <summary>An ARG before the first FROM (visible in FROM lines, and in a stage that re-declares it).</summary>
    GlobalArg,
    /// <summary>An ARG inside a stage.</summary>
    Arg,
    /// <summary>An ENV (in this stage or inherited from a parent stage).</summary>
    Env,
    /// <summary>A BuildKit automatic argument (<c>TARGETPLATFORM</c>, <c>BUILDARCH</c> …), value set by the builder.</summary>
    Automatic,
}

/// <summary>A variable in scope at some point of the file.</summary>
/// <param name="Name">The name, case-sensitive.</param>
/// <param name="Kind">How it was declared.</param>
/// <param name="Value">Its value when known statically (an ARG default, an ENV value), or null when it depends on the build (a build argument without default, the builder's platform).</param>
/// <param name="DeclaredBy">The ARG or ENV instruction that declared it, or null for automatic arguments.</param>
public sealed record Variable(string Name, VariableKind Kind, string? Value, Instruction? DeclaredBy);

/// <summary>The variables visible at one point of the file (before an instruction runs).</summary>
public sealed class VariableScope
{
    internal VariableScope(ImmutableDictionary<string, Variable> variables, bool undeclaredAreUnset)
    {
        Variables = variables;
        UndeclaredAreUnset = undeclaredAreUnset;
    }

    /// <summary>The visible variables by name.</summary>
    public ImmutableDictionary<string, Variable> Variables { get; }

    /// <summary>
    /// True when a name not in <see cref="Variables"/> is certainly unset (FROM lines; stages built on <c>scratch</c>);
    /// false when it may come from the base image's environment.
    /// </summary>
    public bool UndeclaredAreUnset { get; }

    /// <summary>The variable with the given name, or null.</summary>
    public Variable? Lookup(string name) => Variables.GetValueOrDefault(name);

    /// <summary>True when a variable with the given name is declared (ARG, ENV or automatic).</summary>
    public bool IsDeclared(string name) => Variables.ContainsKey(name);

    // Scopes are immutable: every stage and model starts from one of these two rather than from a new empty dictionary
    // (about 200 bytes per stage of a file of thousands of one-line stages).
    private static readonly VariableScope s_emptyUnset = new(ImmutableDictionary.Create<string, Variable>(StringComparer.Ordinal), true);
    private static readonly VariableScope s_emptyUnknown = new(s_emptyUnset.Variables, false);

    internal static VariableScope Empty(bool undeclaredAreUnset) => undeclaredAreUnset ? s_emptyUnset : s_emptyUnknown;

    internal VariableScope With(Variable variable) => new(Variables.SetItem(variable.Name, variable), UndeclaredAreUnset);
}
