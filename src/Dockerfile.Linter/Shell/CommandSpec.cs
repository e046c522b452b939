using System.Collections.Frozen;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// What the flag parser needs to know about a command: which options take a value, and whether single-dash
/// options are whole names (<c>go build -ldflags …</c>) rather than bundles of letters.
/// </summary>
public sealed class CommandSpec
{
    /// <summary>Creates a spec.</summary>
    /// <param name="shortValueFlags">Letters of short options that take a value (<c>"otc"</c> for <c>-o -t -c</c>).</param>
    /// <param name="longValueFlags">Long options (without dashes) that take a value.</param>
    /// <param name="singleDashLongOptions">True when <c>-name</c> is one option, not a bundle of letters.</param>
    public CommandSpec(string shortValueFlags = "", IEnumerable<string>? longValueFlags = null, bool singleDashLongOptions = false)
    {
        ShortValueFlags = shortValueFlags.ToFrozenSet();
        LongValueFlags = (longValueFlags ?? []).ToFrozenSet(StringComparer.Ordinal);
        SingleDashLongOptions = singleDashLongOptions;
    }

    /// <summary>A spec in which no option takes a separate value.</summary>
    public static CommandSpec None { get; } = new();

    /// <summary>Short options that take a value.</summary>
    public FrozenSet<char> ShortValueFlags { get; }

    /// <summary>Long options that take a value.</summary>
    public FrozenSet<string> LongValueFlags { get; }

    /// <summary>True when single-dash options are whole names.</summary>
    public bool SingleDashLongOptions { get; }

    /// <summary>True when the short option <paramref name="letter"/> takes a value.</summary>
    public bool ShortTakesValue(char letter) => ShortValueFlags.Contains(letter);

    /// <summary>True when the long option <paramref name="name"/> takes a value.</summary>
    public bool LongTakesValue(string name) => LongValueFlags.Contains(name);
}
