using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The characters some ShellCheck rule looks for, as flags: whether each occurs anywhere in the text of a RUN
/// (<see cref="ScriptCharacterScan"/>). A rule whose findings all need one of them skips a script that has none.
/// </summary>
[Flags]
internal enum ScriptCharacters
{
    /// <summary>None of the characters.</summary>
    None = 0,
    /// <summary><c>$</c>: parameters, <c>$(…)</c>, arithmetic.</summary>
    Dollar = 1,
    /// <summary><c>{</c> or <c>}</c>.</summary>
    Brace = 2,
    /// <summary><c>\</c>.</summary>
    Backslash = 4,
    /// <summary><c>`</c>.</summary>
    Backtick = 8,
    /// <summary><c>'</c>.</summary>
    SingleQuote = 16,
    /// <summary><c>(</c>.</summary>
    OpenParen = 32,
    /// <summary>Every flag.</summary>
    All = Dollar | Brace | Backslash | Backtick | SingleQuote | OpenParen,
}

/// <summary>Works out the <see cref="ScriptCharacters"/> of a RUN: one vectorized pass per character over its text.</summary>
internal static class ScriptCharacterScan
{
    /// <summary>
    /// The characters that occur in the shell text of <paramref name="run"/> or in its heredoc bodies: every word of
    /// the RUN's parse, including the words of <c>sh -c '…'</c> scripts (the unquoted value of a word of that text),
    /// is made of these characters. An ANSI-C string (<c>$'\x7b'</c>) may decode to any character: with one, every
    /// flag is set.
    /// </summary>
    public static ScriptCharacters Of(RunInstruction run)
    {
        var found = ScriptCharacters.None;
        if (run.Command is ShellForm shell) found = Scan(shell.Text);
        foreach (var heredoc in run.Heredocs)
        {
            if (found == ScriptCharacters.All) break;
            found |= Scan(heredoc.Content);
        }
        return found;
    }

    private static ScriptCharacters Scan(string text)
    {
        var span = text.AsSpan();
        var found = ScriptCharacters.None;
        if (span.Contains('$'))
        {
            if (span.Contains("$'", StringComparison.Ordinal)) return ScriptCharacters.All;
            found |= ScriptCharacters.Dollar;
        }
        if (span.IndexOfAny('{', '}') >= 0) found |= ScriptCharacters.Brace;
        if (span.Contains('\\')) found |= ScriptCharacters.Backslash;
        if (span.Contains('`')) found |= ScriptCharacters.Backtick;
        if (span.Contains('\'')) found |= ScriptCharacters.SingleQuote;
        if (span.Contains('(')) found |= ScriptCharacters.OpenParen;
        return found;
    }
}
