using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// One option of a command: <c>-y</c>, each letter of a bundle (<c>-xvf</c> gives <c>x</c>, <c>v</c>, <c>f</c>),
/// <c>--opt</c>, <c>--opt=value</c>, or <c>--opt value</c> when the command's table says <c>opt</c> takes a value.
/// </summary>
public sealed class ShellFlag
{
    internal ShellFlag(string name, bool isLong, ShellWord word, string? value, ShellWord? valueWord)
    {
        Name = name;
        IsLong = isLong;
        Word = word;
        Value = value;
        ValueWord = valueWord;
    }

    /// <summary>The option name without dashes (<c>y</c>, <c>no-install-recommends</c>).</summary>
    public string Name { get; }

    /// <summary>True for <c>--long</c> options (and single-dash long options of tools such as <c>go</c>).</summary>
    public bool IsLong { get; }

    /// <summary>The word holding the option.</summary>
    public ShellWord Word { get; }

    /// <summary>The option's value (after <c>=</c>, the rest of a short bundle, or the next word), or null. Quotes removed, expansions kept as written.</summary>
    public string? Value { get; }

    /// <summary>The word carrying the value: <see cref="Word"/> itself for <c>--opt=value</c>/<c>-ovalue</c>, the next word for <c>--opt value</c>; null when there is no value.</summary>
    public ShellWord? ValueWord { get; }

    /// <summary>The range of the option word.</summary>
    public TextSpan Span => Word.Span;

    /// <inheritdoc/>
    public override string ToString() => (IsLong ? "--" : "-") + Name + (Value is null ? "" : "=" + Value);
}
