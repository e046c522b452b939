using System.Diagnostics.CodeAnalysis;

namespace Dockerfile.Linter.Syntax;

/// <summary>A key/value pair of ENV or LABEL.</summary>
/// <remarks>
/// The key and value words are stored as their text and span and made when asked for (each call gives a new
/// <see cref="Word"/>, equal in text and span): a file of millions of <c>ENV</c> pairs would otherwise hold two word
/// objects per pair for the whole lint.
/// </remarks>
public sealed class KeyValue : SyntaxNode
{
    private readonly string _keyText = "";
    private readonly string _valueText = "";
    private readonly TextSpan _keySpan;
    private readonly TextSpan _valueSpan;

    /// <summary>Creates an empty pair; set every required member.</summary>
    public KeyValue()
    {
    }

    /// <summary>A pair from its texts and spans, without making the words first.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Key and Value are read from the fields set here
    internal KeyValue(string keyText, TextSpan keySpan, string valueText, TextSpan valueSpan, bool isLegacy, TextSpan span)
    {
        (_keyText, _keySpan, _valueText, _valueSpan) = (keyText, keySpan, valueText, valueSpan);
        IsLegacy = isLegacy;
        Span = span;
    }
#pragma warning restore CS8618

    /// <summary>The key as written (quotes kept).</summary>
    public required Word Key
    {
        get => new() { Text = _keyText, Span = _keySpan };
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            (_keyText, _keySpan) = (value.Text, value.Span);
        }
    }

    /// <summary>The value as written (quotes kept); for the legacy form the raw remainder of the line.</summary>
    public required Word Value
    {
        get => new() { Text = _valueText, Span = _valueSpan };
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            (_valueText, _valueSpan) = (value.Text, value.Span);
        }
    }

    /// <summary>The key's text as written, without making a <see cref="Word"/>.</summary>
    internal string KeyText => _keyText;

    /// <summary>The value's text as written, without making a <see cref="Word"/>.</summary>
    internal string ValueText => _valueText;

    /// <summary>The key's span, without making a <see cref="Word"/>.</summary>
    internal TextSpan KeySpan => _keySpan;

    /// <summary>The value's span, without making a <see cref="Word"/>.</summary>
    internal TextSpan ValueSpan => _valueSpan;

    /// <summary>True for the legacy <c>ENV key value</c> form (no <c>=</c>).</summary>
    public required bool IsLegacy { get; init; }
}

/// <summary>One declaration of an ARG instruction (<c>NAME</c> or <c>NAME=default</c>).</summary>
public sealed class ArgDeclaration : SyntaxNode
{
    /// <summary>The whole word as written.</summary>
    public required Word Raw { get; init; }

    /// <summary>The name (text before the first <c>=</c>).</summary>
    public required Word Name { get; init; }

    /// <summary>The default value as written (quotes kept), or null when there is no <c>=</c>.</summary>
    public required Word? DefaultValue { get; init; }
}
