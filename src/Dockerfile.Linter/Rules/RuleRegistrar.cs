using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Collects the callbacks one rule subscribes. The engine walks each file once and calls every subscriber:
/// instruction callbacks in file order (an ONBUILD's trigger right after the ONBUILD; a RUN's commands right after
/// the RUN), then stage callbacks, then file callbacks.
/// </summary>
public sealed class RuleRegistrar
{
    private readonly List<InstructionSubscription> _instructions = [];
    private readonly List<Action<Stage, RuleContext>> _stages = [];
    private readonly List<Action<DockerfileSyntax, RuleContext>> _files = [];
    private readonly List<Action<ShellCommand, RunCommandContext>> _runCommands = [];
    private readonly List<Action<IReadOnlyList<ShellCommand>, RunCommandContext>> _runScripts = [];
    private readonly List<Action<FollowedScript, FollowedScriptContext>> _followedScripts = [];

    internal RuleRegistrar(Rule rule) => Rule = rule;

    internal Rule Rule { get; }
    internal IReadOnlyList<InstructionSubscription> InstructionSubscriptions => _instructions;
    internal IReadOnlyList<Action<Stage, RuleContext>> StageSubscriptions => _stages;
    internal IReadOnlyList<Action<DockerfileSyntax, RuleContext>> FileSubscriptions => _files;
    internal IReadOnlyList<Action<ShellCommand, RunCommandContext>> RunCommandSubscriptions => _runCommands;
    internal IReadOnlyList<Action<IReadOnlyList<ShellCommand>, RunCommandContext>> RunScriptSubscriptions => _runScripts;
    internal IReadOnlyList<Action<FollowedScript, FollowedScriptContext>> FollowedScriptSubscriptions => _followedScripts;

    /// <summary>
    /// Calls <paramref name="check"/> for every instruction of type <typeparamref name="T"/> (or derived from it),
    /// including the trigger wrapped by an ONBUILD (then <see cref="RuleContext.IsOnbuildTrigger"/> is true) unless the
    /// rule's <see cref="RuleDescriptor.IncludeOnbuildTriggers"/> is false.
    /// </summary>
    public void OnInstruction<T>(Action<T, RuleContext> check) where T : Instruction
    {
        ArgumentNullException.ThrowIfNull(check);
        _instructions.Add(new InstructionSubscription(typeof(T), (i, c) => check((T)i, c)));
    }

    /// <summary>Calls <paramref name="check"/> once per build stage, after the instruction callbacks.</summary>
    public void OnStage(Action<Stage, RuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _stages.Add(check);
    }

    /// <summary>Calls <paramref name="check"/> once for the whole file, after the instruction and stage callbacks.</summary>
    public void OnFile(Action<DockerfileSyntax, RuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _files.Add(check);
    }

    /// <summary>
    /// Calls <paramref name="check"/> for every simple command of every RUN (ONBUILD RUN included unless
    /// <see cref="RuleDescriptor.IncludeOnbuildTriggers"/> is false), in execution
    /// order: shell form, exec form, and heredoc bodies the shell runs (see <see cref="ShellParser.ParseRun"/>).
    /// Commands that only assign variables are skipped, and so are shell-form RUNs of stages whose SHELL is not
    /// POSIX (PowerShell, cmd). Called right after the RUN's instruction callbacks.
    /// </summary>
    public void OnRunCommand(Action<ShellCommand, RunCommandContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _runCommands.Add(check);
    }

    /// <summary>
    /// Calls <paramref name="check"/> once per RUN (ONBUILD RUN included) with all the simple commands that
    /// <see cref="OnRunCommand"/> would see, in execution order, after them: for rules that report once per RUN
    /// (every unpinned package of a RUN in one finding).
    /// </summary>
    public void OnRunScript(Action<IReadOnlyList<ShellCommand>, RunCommandContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _runScripts.Add(check);
    }

    /// <summary>
    /// Calls <paramref name="check"/> for every shell script that a <c>RUN</c>, <c>ENTRYPOINT</c> or <c>CMD</c> runs and a
    /// COPY/ADD took from the build context (see <see cref="FollowedScript"/>), after the instruction callbacks. Only when
    /// the linter has a build context (<see cref="LintOptions.ContextDirectory"/>, <see cref="LintOptions.BuildContext"/>,
    /// or one the CLI infers). Findings go into the script's file (<see cref="FollowedScriptContext.Report(Syntax.TextSpan, object?[])"/>).
    /// </summary>
    public void OnFollowedScript(Action<FollowedScript, FollowedScriptContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _followedScripts.Add(check);
    }

    internal sealed record InstructionSubscription(Type InstructionType, Action<Instruction, RuleContext> Invoke);
}
