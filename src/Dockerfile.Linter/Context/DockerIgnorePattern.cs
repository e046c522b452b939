namespace Dockerfile.Linter.Context;

/// <summary>One pattern line of a <c>.dockerignore</c> file, after BuildKit's normalisation.</summary>
public sealed class DockerIgnorePattern
{
    internal DockerIgnorePattern(string pattern, bool isException, int line, string originalText, CompiledIgnorePattern compiled)
    {
        Pattern = pattern;
        IsException = isException;
        Line = line;
        OriginalText = originalText;
        Compiled = compiled;
    }

    /// <summary>The cleaned pattern without the leading <c>!</c> (<c>./a/</c> → <c>a</c>, <c>/foo</c> → <c>foo</c>).</summary>
    public string Pattern { get; }

    /// <summary>True for a <c>!</c> line, which re-includes what earlier lines excluded.</summary>
    public bool IsException { get; }

    /// <summary>1-based line in the ignore file.</summary>
    public int Line { get; }

    /// <summary>The line as written.</summary>
    public string OriginalText { get; }

    internal CompiledIgnorePattern Compiled { get; }

    /// <inheritdoc/>
    public override string ToString() => IsException ? "!" + Pattern : Pattern;
}
