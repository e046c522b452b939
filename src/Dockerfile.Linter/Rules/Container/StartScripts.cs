using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The shell scripts a container runs when it starts: the command of a CMD or ENTRYPOINT, and a script they run that
/// the linter follows (an entrypoint script is judged as its CMD would be). The container rules ask one question of
/// each of them.
/// </summary>
internal static class StartScripts
{
    /// <summary>One finding in a start script: where, and the one argument of the rule's message.</summary>
    internal readonly record struct Finding(TextSpan Span, string Argument);

    /// <summary>True for a command the script itself runs: not one inside a command or process substitution.</summary>
    public static bool RunsInScript(ShellCommand command) =>
        command.Context is not (ShellCommandContext.CommandSubstitution or ShellCommandContext.ProcessSubstitution);

    /// <summary>
    /// Subscribes <paramref name="find"/> to every start script of a file; it gets the script and the text its spans
    /// point into, and each finding it yields is reported.
    /// </summary>
    public static void Register(RuleRegistrar registrar, Func<ShellScript, SourceText, IEnumerable<Finding>> find)
    {
        void Check(Instruction instruction, RuleContext context)
        {
            if (context.GetContainerScript(instruction) is not { } script) return;
            foreach (var finding in find(script, context.Source)) context.Report(finding.Span, finding.Argument);
        }

        registrar.OnInstruction<CmdInstruction>(Check);
        registrar.OnInstruction<EntrypointInstruction>(Check);
        registrar.OnFollowedScript((script, context) =>
        {
            if (!script.RunsAtStart) return;
            foreach (var finding in find(script.Script, context.Source)) context.Report(finding.Span, finding.Argument);
        });
    }
}
