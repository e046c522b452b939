using Dockerfile.Linter.Context;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Suppression;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The rules of one linter with their configured severities and subscriptions, ready to run on any number of files
/// (concurrently: nothing here changes after construction).
/// </summary>
internal sealed class RuleEngine
{
    private readonly ImmutableArray<ActiveRule> _active;
    private readonly bool _hasFollowedScriptSubscribers;
    private readonly ConcurrentDictionary<Type, (int Rule, Action<Instruction, RuleContext> Invoke)[]> _byType = new();
    // Per callback kind, only the rules that subscribed (a file would otherwise visit every active rule for each RUN).
    private readonly RunSubscriber[] _runSubscribers;
    private readonly (int Rule, Action<Stage, RuleContext> Check)[] _stageChecks;
    private readonly (int Rule, Action<DockerfileSyntax, RuleContext> Check)[] _fileChecks;
    private readonly bool[] _includesOnbuild;

    public RuleEngine(LintOptions options, IEnumerable<Rule> rules)
    {
        Options = options;
        AllRules = rules.OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal).ToImmutableArray();
        LintOptionsValidation.CheckRules(AllRules);
        Lookup = RuleLookup.Of(AllRules);
        LintOptionsValidation.CheckOptions(options, Lookup, AllRules.Select(r => r.Descriptor).ToArray());
        var configuration = new RuleConfiguration(options, Lookup);
        var active = ImmutableArray.CreateBuilder<ActiveRule>();
        foreach (var rule in AllRules)
        {
            var aliases = BuildKitChecks.AliasesOf(rule.Descriptor).ToImmutableArray();
            // An experimental BuildKit check that is off here still runs: a `# check=experimental=…` in the file
            // can enable it, and the suppression filter drops its findings otherwise.
            bool onlyWhenCheckEnables = false;
            if (configuration.SeverityOf(rule) is not { } severity)
            {
                if (configuration.IsIgnored(rule) || !aliases.Any(CheckSettings.ExperimentalChecks.Contains)) continue;
                severity = configuration.PresetSettingOf(rule).Severity;
                onlyWhenCheckEnables = true;
            }
            var registrar = new RuleRegistrar(rule);
            rule.Register(registrar);
            active.Add(new ActiveRule(rule, severity, configuration.HasExplicitSeverity(rule), registrar, aliases, onlyWhenCheckEnables));
        }
        _active = active.ToImmutable();
        var byRule = new Dictionary<Rule, ActiveRule>(ReferenceEqualityComparer.Instance);
        foreach (var a in _active) byRule[a.Rule] = a;
        ActiveByRule = byRule;
        var runSubscribers = new List<RunSubscriber>();
        var stageChecks = new List<(int, Action<Stage, RuleContext>)>();
        var fileChecks = new List<(int, Action<DockerfileSyntax, RuleContext>)>();
        _includesOnbuild = new bool[_active.Length];
        for (int i = 0; i < _active.Length; i++)
        {
            var registrar = _active[i].Registrar;
            _includesOnbuild[i] = _active[i].Rule.Descriptor.IncludeOnbuildTriggers;
            if (registrar.RunCommandSubscriptions.Count > 0 || registrar.RunScriptSubscriptions.Count > 0)
                runSubscribers.Add(new RunSubscriber(i, [.. registrar.RunCommandSubscriptions], [.. registrar.RunScriptSubscriptions]));
            foreach (var check in registrar.StageSubscriptions) stageChecks.Add((i, check));
            foreach (var check in registrar.FileSubscriptions) fileChecks.Add((i, check));
        }
        _runSubscribers = [.. runSubscribers];
        _stageChecks = [.. stageChecks];
        _fileChecks = [.. fileChecks];
        _hasFollowedScriptSubscribers = _active.Any(a => a.Registrar.FollowedScriptSubscriptions.Count > 0);
        Configuration = configuration;
    }

    public LintOptions Options { get; }
    public ImmutableArray<Rule> AllRules { get; }
    public RuleLookup<Rule> Lookup { get; }
    public RuleConfiguration Configuration { get; }

    public LintResult Run(DockerfileSyntax syntax, string? path, InferredBuildContext? buildContext = null, BuildContextInferrer? inferrer = null,
        Lazy<Semantics.SemanticModel>? semantics = null)
    {
        var filter = new SuppressionFilter(ActiveByRule, Lookup, Configuration, AllRules, !Options.DisableInlineSuppressions,
            Options.BuildArgs.TryGetValue(FileSuppressions.CheckBuildArg, out var checkOverride) ? checkOverride : null, syntax, path);
        var run = new LintRun(syntax, Options, path, buildContext, inferrer, semantics) { Filter = filter, Rules = Lookup };
        // One context serves every rule of the file: the engine points it at the rule before each callback (rules
        // keep nothing of it beyond the callback), instead of one object per active rule and file.
        var context = new RuleContext(run);

        // A stage holds its FROM and every instruction up to the next FROM (instructions before the first have none).
        Stage? current = null;
        int nextStage = 0;
        foreach (var instruction in syntax.Instructions)
        {
            if (nextStage < syntax.Stages.Length && ReferenceEquals(syntax.Stages[nextStage].From, instruction))
                current = syntax.Stages[nextStage++];
            Dispatch(instruction, current, null, context, run);
        }

        if (_hasFollowedScriptSubscribers) DispatchFollowedScripts(syntax, context, run);

        // Stage callbacks then file callbacks, rule by rule in code order, as each rule's registration lists them.
        int s = 0, f = 0;
        for (int i = 0; i < _active.Length; i++)
        {
            if ((s >= _stageChecks.Length || _stageChecks[s].Rule != i) && (f >= _fileChecks.Length || _fileChecks[f].Rule != i)) continue;
            context.Rule = _active[i].Rule;
            for (; s < _stageChecks.Length && _stageChecks[s].Rule == i; s++)
                foreach (var stage in syntax.Stages)
                {
                    context.CurrentStage = stage;
                    Invoke(run, context, stage.From.Span, _stageChecks[s].Check, stage, context);
                }
            context.CurrentStage = null;
            for (; f < _fileChecks.Length && _fileChecks[f].Rule == i; f++)
                Invoke(run, context, new TextSpan(0, 0), _fileChecks[f].Check, syntax, context);
        }

        var diagnostics = filter.Apply(run);
        return new LintResult(path, syntax, diagnostics, [.. run.Failures], run.ContextProblems)
        {
            SecretSpans = run.SecretSpans.Count == 0 ? [] : [.. run.SecretSpans.Distinct().OrderBy(s => s.Start)],
            Context = run.ContextInfo,
        };
    }

    internal ImmutableArray<ActiveRule> ActiveRules => _active;

    /// <summary>The active rules by rule instance, built once here rather than for every file.</summary>
    internal IReadOnlyDictionary<Rule, ActiveRule> ActiveByRule { get; }

    private void Dispatch(Instruction instruction, Stage? stage, OnbuildInstruction? onbuild, RuleContext context, LintRun runState)
    {
        context.CurrentStage = stage;
        context.IsOnbuildTrigger = onbuild is not null;
        context.OnbuildParent = onbuild;
        foreach (var (ruleIndex, invoke) in SubscriptionsFor(instruction.GetType()))
        {
            if (onbuild is not null && !_includesOnbuild[ruleIndex]) continue;
            context.Rule = _active[ruleIndex].Rule;
            Invoke(runState, context, instruction.Span, invoke, instruction, context);
        }
        context.IsOnbuildTrigger = false;
        context.OnbuildParent = null;
        if (instruction is RunInstruction run && _runSubscribers.Length > 0)
            DispatchRunCommands(run, stage, onbuild, context, runState);
        if (instruction is OnbuildInstruction { Trigger: { } trigger } wrapper)
            Dispatch(trigger, stage, wrapper, context, runState);
    }

    private void DispatchRunCommands(RunInstruction run, Stage? stage, OnbuildInstruction? onbuild, RuleContext context, LintRun runState)
    {
        if (run.Command is not ExecForm && !runState.Semantics.IsPosixShell(run)) return;
        var script = runState.GetScript(run);
        var commands = script.Commands;
        ShellCommand[]? named = null;   // the commands script subscribers see, built once per RUN
        context.CurrentStage = stage;
        context.IsOnbuildTrigger = onbuild is not null;
        context.OnbuildParent = onbuild;
        var commandContext = context.RunCommandContextFor(run, script);
        foreach (var subscriber in _runSubscribers)
        {
            if (onbuild is not null && !_includesOnbuild[subscriber.Rule]) continue;
            context.Rule = _active[subscriber.Rule].Rule;
            var subscriptions = subscriber.Commands;
            if (subscriptions.Length > 0)
                foreach (var command in commands)
                {
                    if (command.NameWord is null) continue;
                    foreach (var check in subscriptions)
                        Invoke(runState, context, command.Span, check, command, commandContext);
                }
            if (subscriber.Scripts.Length > 0)
            {
                named ??= NamedCommands(commands);
                foreach (var check in subscriber.Scripts)
                    Invoke(runState, context, run.Span, check, named, commandContext);
            }
        }
        context.IsOnbuildTrigger = false;
        context.OnbuildParent = null;
    }

    private static ShellCommand[] NamedCommands(ImmutableArray<ShellCommand> commands)
    {
        int count = 0;
        foreach (var command in commands)
            if (command.NameWord is not null) count++;
        if (count == 0) return [];
        var named = new ShellCommand[count];
        for (int i = 0, k = 0; i < commands.Length; i++)
            if (commands[i].NameWord is not null) named[k++] = commands[i];
        return named;
    }

    /// <summary>Reads the scripts the image runs from the build context (when there is one) and hands each to its subscribers.</summary>
    private void DispatchFollowedScripts(DockerfileSyntax syntax, RuleContext context, LintRun runState)
    {
        if (runState.BuildContext is not { } buildContext) return;
        var scripts = ScriptFollower.Follow(syntax, runState.Semantics, buildContext, runState.GetScript);
        if (scripts.Count == 0) return;
        for (int i = 0; i < _active.Length; i++)
        {
            var subscriptions = _active[i].Registrar.FollowedScriptSubscriptions;
            if (subscriptions.Count == 0) continue;
            context.Rule = _active[i].Rule;
            var scriptContext = new FollowedScriptContext(context, runState);
            foreach (var script in scripts)
            {
                context.CurrentStage = script.Stage;
                scriptContext.Script = script;
                scriptContext.Suppressions = runState.SuppressionsOf(script);
                foreach (var check in subscriptions)
                    Invoke(runState, context, script.RunnerSpan, check, script, scriptContext);
            }
            context.CurrentStage = null;
        }
    }

    // A static callback with the engine as its argument: a capturing lambda would be a new delegate per instruction.
    private (int Rule, Action<Instruction, RuleContext> Invoke)[] SubscriptionsFor(Type type) =>
        _byType.GetOrAdd(type, static (t, engine) => engine.BuildSubscriptions(t), this);

    private (int Rule, Action<Instruction, RuleContext> Invoke)[] BuildSubscriptions(Type type)
    {
        var list = new List<(int, Action<Instruction, RuleContext>)>();
        for (int i = 0; i < _active.Length; i++)
            foreach (var sub in _active[i].Registrar.InstructionSubscriptions)
                if (sub.InstructionType.IsAssignableFrom(type)) list.Add((i, sub.Invoke));
        return list.ToArray();
    }

    // Takes the callback and its arguments separately (no closure) because it runs for every instruction and rule.
    private static void Invoke<TSubject, TContext>(LintRun run, RuleContext context, TextSpan where,
        Action<TSubject, TContext> callback, TSubject subject, TContext callbackContext)
    {
        try
        {
            callback(subject, callbackContext);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            run.Failures.Add(new RuleFailure(context.Descriptor.Code, ex, where));
        }
    }
}

/// <summary>A rule that runs, with its configured severity and subscriptions.</summary>
/// <remarks><c>OnlyWhenCheckEnables</c> is true for an experimental BuildKit check that is off in the options: its
/// findings are kept only where a <c># check=experimental=…</c> directive or comment enables it.</remarks>
internal sealed record ActiveRule(Rule Rule, Severity Severity, bool HasExplicitSeverity, RuleRegistrar Registrar,
    ImmutableArray<string> BuildKitAliases, bool OnlyWhenCheckEnables = false);

/// <summary>One rule's RUN subscriptions: per simple command and per script.</summary>
internal sealed record RunSubscriber(int Rule, Action<ShellCommand, RunCommandContext>[] Commands,
    Action<IReadOnlyList<ShellCommand>, RunCommandContext>[] Scripts);
