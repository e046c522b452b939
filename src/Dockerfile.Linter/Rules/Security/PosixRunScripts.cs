using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The shared parse of a RUN for the rules in my folders, empty when the stage's SHELL is not POSIX.</summary>
internal static class PosixRunScripts
{
    /// <summary>The cached shell analysis of <paramref name="run"/>, or an empty script under PowerShell/cmd.</summary>
    public static ShellScript PosixScript(this RuleContext context, RunInstruction run) =>
        context.Semantics.IsPosixShell(run) ? context.GetScript(run) : ShellScript.Empty;
}
