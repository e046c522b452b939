namespace Dockerfile.Linter.Shell;

/// <summary>What a <see cref="WordPart"/> is.</summary>
internal enum WordPartKind
{
    /// <summary>Plain characters (an escaped character included).</summary>
    Literal,
    /// <summary><c>'…'</c> or <c>$'…'</c>: nothing expands inside.</summary>
    SingleQuoted,
    /// <summary><c>$name</c>, <c>$1</c>, <c>$?</c> or <c>${…}</c>.</summary>
    Parameter,
    /// <summary><c>$(…)</c>.</summary>
    CommandSubstitution,
    /// <summary><c>`…`</c>.</summary>
    Backticks,
    /// <summary><c>$((…))</c>.</summary>
    Arithmetic,
}

/// <summary>
/// One piece of a shell word as written: <c>"$A"/x</c> is a parameter inside double quotes followed by a literal.
/// Offsets are into <see cref="ShellWord.Text"/>; <see cref="ShellWord.GetSpanOfText"/> places them in the file.
/// </summary>
/// <param name="Kind">What the piece is.</param>
/// <param name="Start">Offset of its first character in the word's text (the <c>$</c>, quote or backtick).</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="InDoubleQuotes">True inside <c>"…"</c>, where the result of an expansion is not split.</param>
/// <param name="Name">For a parameter: the name (<c>HOME</c>, <c>1</c>, <c>?</c>, <c>@</c>); otherwise empty.</param>
/// <param name="IsLength">For a parameter: <c>${#name}</c>, which always gives a number.</param>
/// <param name="IsBraced">For a parameter: written <c>${…}</c>.</param>
/// <param name="HasOperator">For a braced parameter: something follows the name (<c>${X:-d}</c>, <c>${X%.*}</c>, <c>${X[0]}</c>).</param>
internal readonly record struct WordPart(WordPartKind Kind, int Start, int End, bool InDoubleQuotes,
    string Name = "", bool IsLength = false, bool IsBraced = false, bool HasOperator = false)
{
    /// <summary>True for expansions the shell splits into words and globs when unquoted.</summary>
    public bool IsExpansion => Kind is WordPartKind.Parameter or WordPartKind.CommandSubstitution or WordPartKind.Backticks or WordPartKind.Arithmetic;

    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}
