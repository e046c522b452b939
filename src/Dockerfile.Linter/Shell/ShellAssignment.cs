using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>A <c>NAME=value</c> prefix of a simple command (or an assignment-only command).</summary>
public sealed class ShellAssignment
{
    internal ShellAssignment(string name, ShellWord word, bool isAppend)
    {
        Name = name;
        Word = word;
        IsAppend = isAppend;
    }

    /// <summary>The variable name.</summary>
    public string Name { get; }

    /// <summary>The whole <c>NAME=value</c> word.</summary>
    public ShellWord Word { get; }

    /// <summary>True for <c>NAME+=value</c>.</summary>
    public bool IsAppend { get; }

    /// <summary>The value when static (quotes removed), null when it contains an expansion.</summary>
    public string? Value => Word.Value is { } v ? v[(v.IndexOf('=') + 1)..] : null;

    /// <summary>The value with quotes removed and expansions kept as written.</summary>
    public string UnquotedValue => Word.UnquotedText[(Word.UnquotedText.IndexOf('=') + 1)..];

    /// <summary>The range of the whole assignment word.</summary>
    public TextSpan Span => Word.Span;

    /// <inheritdoc/>
    public override string ToString() => Word.Text;
}
