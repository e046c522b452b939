using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Base of the rules under ShellCheck's codes: each checks the shell script of every shell-form RUN of a POSIX
/// stage (see <see cref="ShellCheckScript.For"/>) and reports unless a <c># shellcheck disable=</c> directive of a
/// heredoc script turns its code off there (<c># hadolint ignore=</c> and the configuration work as for any rule).
/// </summary>
internal abstract class ShellCheckRule : Rule
{
    /// <inheritdoc/>
    public sealed override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(CheckRun);

    private void CheckRun(RunInstruction run, RuleContext context)
    {
        if (ShellCheckScript.For(run, context) is not { } script) return;
        var needed = NeededCharacters;
        if (needed != ScriptCharacters.None && (script.Characters & needed) == 0) return;
        Check(script, new ShellCheckReporter(context, script, Descriptor.Code));
    }

    /// <summary>
    /// Characters one of which every finding of the rule needs in the script (a rule on expansions needs <c>$</c>):
    /// a script without any of them is skipped. <see cref="ScriptCharacters.None"/>, the default, checks every script.
    /// </summary>
    protected virtual ScriptCharacters NeededCharacters => ScriptCharacters.None;

    /// <summary>The rule's check of one script.</summary>
    protected abstract void Check(ShellCheckScript script, ShellCheckReporter reporter);
}

/// <summary>Reports a finding of a ShellCheck rule unless a directive of the script disables the code there.</summary>
internal readonly struct ShellCheckReporter(RuleContext context, ShellCheckScript script, string code)
{
    /// <summary>Reports at <paramref name="span"/> with an optional fix.</summary>
    public void Report(TextSpan span, Fix? fix, params object?[] args)
    {
        if (script.IsDisabled(code, span)) return;
        context.Report(span, fix, args);
    }

    /// <summary>The file's source text.</summary>
    public SourceText Source => context.Source;
}
