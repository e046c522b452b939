namespace Dockerfile.Linter.Expansion;

/// <summary>What went wrong while expanding a word.</summary>
public enum ExpansionErrorKind
{
    /// <summary>A single or double quote is not closed.</summary>
    UnterminatedQuote,

    /// <summary>A <c>${…}</c> is missing its closing brace (or a <c>${v/p/r}</c> its second slash).</summary>
    MissingDelimiter,

    /// <summary><c>${}</c>, <c>${:…}</c>, <c>${{…</c>: BuildKit's "bad substitution".</summary>
    BadSubstitution,

    /// <summary>A modifier BuildKit does not support (<c>${v:=x}</c>, <c>${#v}</c>, <c>${v:#p}</c>, <c>${.}</c> …).</summary>
    UnsupportedModifier,

    /// <summary><c>${v?msg}</c> / <c>${v:?msg}</c> on an unset (or empty) variable.</summary>
    RequiredVariableMissing,

    /// <summary>A <c>#</c>/<c>%</c>/<c>/</c> pattern with an invalid escape.</summary>
    InvalidPattern,

    /// <summary><c>${…}</c> nested deeper than the linter's limit (64 levels); the word is not expanded.</summary>
    TooDeep,

    /// <summary>The result would be longer than the linter's limit (1 MiB characters); the word is not expanded.</summary>
    TooLong,
}

/// <summary>An expansion failure, with BuildKit's message text.</summary>
/// <param name="Kind">The category of the failure.</param>
/// <param name="Detail">BuildKit's inner message, e.g. <c>syntax error: bad substitution</c> or <c>U: is not allowed to be unset</c>.</param>
/// <param name="Message">The full message as BuildKit reports it: <c>failed to process "word": detail</c>.</param>
public sealed record ExpansionError(ExpansionErrorKind Kind, string Detail, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Message;
}
