using System.Collections.Frozen;
using Dockerfile.Linter.Parsing;

namespace Dockerfile.Linter.Suppression;

/// <summary>
/// BuildKit's check configuration (<c># check=skip=A,B;error=true;experimental=C</c>), parsed as BuildKit does:
/// the value is cut at its first space, at most three <c>;</c>-separated <c>key=value</c> parts (a fourth is glued
/// into the third value), keys and rule names case-sensitive, a repeated key replaces the earlier one.
/// </summary>
internal sealed class CheckSettings
{
    private static readonly FrozenSet<string> s_true = new[] { "1", "t", "T", "TRUE", "true", "True" }.ToFrozenSet();
    private static readonly FrozenSet<string> s_false = new[] { "0", "f", "F", "FALSE", "false", "False" }.ToFrozenSet();

    /// <summary>
    /// BuildKit checks that are experimental: they run only when listed in <c>experimental=</c> (or <c>all</c>), and
    /// <c>skip=</c> never turns them off.
    /// </summary>
    public static readonly FrozenSet<string> ExperimentalChecks = new[] { "InvalidDefinitionDescription" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for <c>skip=all</c>.</summary>
    public bool SkipAll { get; private init; }

    /// <summary>The BuildKit check names listed in <c>skip=</c>.</summary>
    public FrozenSet<string> Skip { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>True for <c>experimental=all</c>.</summary>
    public bool ExperimentalAll { get; private init; }

    /// <summary>The BuildKit check names listed in <c>experimental=</c>.</summary>
    public FrozenSet<string> Experimental { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>The <c>error=</c> value, or null when absent or not a Go boolean.</summary>
    public bool? Error { get; private init; }

    /// <summary>False when BuildKit would refuse the value (a part without <c>=</c>, an unknown key, a bad boolean).</summary>
    public bool IsValid => Problem is null;

    /// <summary>
    /// Why BuildKit refuses the value, in its words (<c>failed to parse check options: invalid check option "x"</c>);
    /// null when valid. BuildKit stops at the first bad part, and so does this text.
    /// </summary>
    public string? Problem { get; private init; }

    /// <summary>True when the check named <paramref name="buildKitName"/> is skipped (never for an experimental check).</summary>
    public bool Skips(string buildKitName) =>
        !ExperimentalChecks.Contains(buildKitName) && (SkipAll || Skip.Contains(buildKitName));

    /// <summary>True when the experimental check named <paramref name="buildKitName"/> is enabled.</summary>
    public bool EnablesExperimental(string buildKitName) => ExperimentalAll || Experimental.Contains(buildKitName);

    /// <summary>Parses a <c>check</c> directive or comment value (the text after <c>check=</c>).</summary>
    public static CheckSettings Parse(string value)
    {
        value = value.Trim();
        int space = value.IndexOfAny([' ', '\t']);
        if (space >= 0) value = value[..space];
        if (value.Length == 0) return None;
        bool skipAll = false, experimentalAll = false;
        bool? error = null;
        string? problem = null;
        var skip = FrozenSet<string>.Empty;
        var experimental = FrozenSet<string>.Empty;
        foreach (var part in value.Split(';', 3))
        {
            int eq = part.IndexOf('=');
            if (eq < 0) { problem ??= $"invalid check option {GoText.Quote(part)}"; continue; }
            string key = part[..eq].Trim(), v = part[(eq + 1)..].Trim();
            switch (key)
            {
                case "skip":
                    (skipAll, skip) = ParseNames(v);
                    break;
                case "experimental":
                    (experimentalAll, experimental) = ParseNames(v);
                    break;
                case "error":
                    if (s_true.Contains(v)) error = true;
                    else if (s_false.Contains(v)) error = false;
                    else problem ??= $"failed to parse check option {GoText.Quote(part)}: strconv.ParseBool: parsing {GoText.Quote(v)}: invalid syntax";
                    break;
                default:
                    problem ??= $"invalid check option {GoText.Quote(key)}";
                    break;
            }
        }
        return new CheckSettings
        {
            SkipAll = skipAll, Skip = skip, ExperimentalAll = experimentalAll, Experimental = experimental,
            Error = error, Problem = problem is null ? null : $"failed to parse check options: {problem}",
        };
    }

    private static (bool All, FrozenSet<string> Names) ParseNames(string value) =>
        value == "all"
            ? (true, FrozenSet<string>.Empty)
            : (false, value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Settings that skip nothing.</summary>
    public static CheckSettings None { get; } = new();
}
