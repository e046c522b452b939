using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The parse error SC1072 and SC1088 report for a script: the first one the shell parse recovered from, as ShellCheck
/// stops at its first fatal error (the errors after it are usually its echo). Errors of our own limits (nesting
/// depth, an internal failure) are not shell errors and are left out.
/// </summary>
internal static class ShellSyntaxErrors
{
    /// <summary>The first real syntax error of <paramref name="script"/>, or null.</summary>
    public static ShellParseError? First(ShellCheckScript script)
    {
        ShellParseError? first = null;
        foreach (var error in script.Script.Errors)
        {
            if (error.Span == default || error.Message.StartsWith("internal parser error", StringComparison.Ordinal)
                || error.Message == "nesting too deep")
                continue;
            if (first is null || error.Span.Start < first.Span.Start) first = error;
        }
        return first;
    }

    /// <summary>True for an opening parenthesis where the shell cannot take one (<c>echo print("x")</c>): SC1088's.</summary>
    public static bool IsInvalidParenthesis(ShellParseError error) => error.Message == "unexpected '('";
}
