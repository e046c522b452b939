using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Reports an install command that lacks a flag (<c>apt-get install</c> without <c>-y</c>, <c>apk add</c> without
/// <c>--no-cache</c>): at its subcommand word, with a fix that writes the flag right after it; at the whole command,
/// without a fix, when the subcommand is not written as a plain word.
/// </summary>
internal static class MissingFlag
{
    /// <summary>Reports <paramref name="command"/>, whose <paramref name="subcommand"/> wants <paramref name="flag"/> (with its leading space).</summary>
    public static void Report(ShellCommand command, RunCommandContext context, string subcommand, string flag, FixSafety safety = FixSafety.Safe)
    {
        var word = command.Effective.Arguments.FirstOrDefault(a => a.Value == subcommand);
        var fix = word is null ? null : context.CreateFix([new TextEdit(new TextSpan(word.Span.End, 0), flag)], safety);
        context.Report(word?.Span ?? command.Span, fix);
    }
}
