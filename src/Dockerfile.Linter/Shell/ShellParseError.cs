using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>A problem the tolerant shell parser recovered from (unbalanced quote, missing <c>fi</c>, …).</summary>
/// <param name="Message">What was wrong.</param>
/// <param name="Span">Where, in the original file.</param>
public sealed record ShellParseError(string Message, TextSpan Span);
