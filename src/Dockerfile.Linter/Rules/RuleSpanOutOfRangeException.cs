using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>A rule reported a finding, related location or fix edit whose span lies outside the file's text.</summary>
internal sealed class RuleSpanOutOfRangeException(TextSpan span, int textLength)
    : Exception($"reported the span {span} outside the file's text (length {textLength}); the finding was dropped")
{
    public TextSpan Span { get; } = span;
}
