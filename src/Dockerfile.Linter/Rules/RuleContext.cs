using System.Globalization;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// What a rule's callback sees about the file being linted, and where it reports findings.
/// The engine reuses one context for every rule of a file: do not keep it beyond the callback.
/// </summary>
public sealed class RuleContext
{
    private readonly LintRun _run;

    internal RuleContext(LintRun run) => _run = run;

    /// <summary>The rule being called; the engine sets it before each callback (one context serves a file's rules).</summary>
    internal Rule Rule { get; set; } = null!;

    /// <summary>The descriptor of the rule this context reports for.</summary>
    public RuleDescriptor Descriptor => Rule.Descriptor;

    /// <summary>The parsed file.</summary>
    public DockerfileSyntax Syntax => _run.Syntax;

    /// <summary>The file's text (for slicing spans and computing positions).</summary>
    public SourceText Source => _run.Syntax.Source;

    /// <summary>Derived facts shared by all rules: stages, variables, shells. Computed on first use.</summary>
    public SemanticModel Semantics => _run.Semantics;

    /// <summary>The options the linter was created with.</summary>
    public LintOptions Options => _run.Options;

    /// <summary>The build-context directory (where <c>.dockerignore</c> and COPY sources live), or null when unknown.</summary>
    public string? BuildContextDirectory => _run.Options.ContextDirectory;

    /// <summary>
    /// The build context (from <see cref="LintOptions.BuildContext"/>, or opened from <see cref="LintOptions.ContextDirectory"/>
    /// on first use), or null when linting without one: context rules then stay silent.
    /// </summary>
    public Context.BuildContext? BuildContext => _run.BuildContext;

    /// <summary>The build context the file is checked against and why it was chosen, or null when there is none.</summary>
    public Context.InferredBuildContext? BuildContextInfo => _run.ContextInfo;

    /// <summary>
    /// True when <paramref name="name"/> is a named build context (<c>--build-context</c>, bake <c>contexts</c>, compose
    /// <c>additional_contexts</c>): <c>FROM name</c> and <c>COPY --from=name</c> then read from it, not from an image or stage.
    /// </summary>
    public bool IsNamedContext(string name) => _run.NamedContexts.ContainsKey(name);

    /// <summary>The named build context called <paramref name="name"/>, or null.</summary>
    public Context.NamedBuildContext? GetNamedContext(string name) => _run.NamedContexts.GetValueOrDefault(name);

    /// <summary>Why a COPY source missing from the context is made before the build (.gitignore'd output, written by a script), or null.</summary>
    internal string? ExplainProducedBeforeBuild(string source)
    {
        if (_run.ContextInfo is not { } info) return null;
        var produced = _run.Inferrer?.ProducedFilesFor(info, _run.Path) ?? new Context.BuildContextInferrer().ProducedFilesFor(info, _run.Path);
        return produced.Explain(info.Directory, source);
    }

    /// <summary>The stage of the instruction being checked; null before the first FROM and in stage-less callbacks.</summary>
    public Stage? CurrentStage { get; internal set; }

    /// <summary>True while an instruction callback runs for the trigger wrapped by an ONBUILD.</summary>
    public bool IsOnbuildTrigger { get; internal set; }

    /// <summary>The ONBUILD wrapping the instruction being checked, when <see cref="IsOnbuildTrigger"/> is true.</summary>
    public OnbuildInstruction? OnbuildParent { get; internal set; }

    /// <summary>
    /// The shell analysis of <paramref name="run"/> (its command and the heredoc bodies the shell runs), parsed once per
    /// file and shared by all rules. Does not look at the stage's SHELL: check <see cref="SemanticModel.IsPosixShell"/>.
    /// </summary>
    public ShellScript GetScript(RunInstruction run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return _run.GetScript(run);
    }

    /// <summary>The parsed command of a CMD or ENTRYPOINT (shell form, exec form, <c>sh -c</c> scripts), shared by the rules of the file.</summary>
    internal ShellScript? GetContainerScript(Instruction instruction) => _run.GetContainerScript(instruction);

    /// <summary>
    /// A fact of type <typeparamref name="T"/> that several rules ask of the file (the images it pulls), made by
    /// <paramref name="create"/> on first use and shared by every rule for the rest of this lint.
    /// </summary>
    internal T GetShared<T>(Func<RuleContext, T> create) where T : class => _run.GetShared(this, create);

    private RunCommandContext? _runCommandContext;

    /// <summary>The rule's context for the commands of <paramref name="run"/>, one object reused across the file's RUNs.</summary>
    internal RunCommandContext RunCommandContextFor(RunInstruction run, ShellScript script) =>
        _runCommandContext?.MoveTo(run, script) ?? (_runCommandContext = new RunCommandContext(this, run, script));

    /// <summary>The whole-number setting <paramref name="name"/> the rule declares (<see cref="RuleSettingKind.PositiveInteger"/>): its configured value, or its default.</summary>
    /// <exception cref="InvalidOperationException">The rule does not declare the setting with that kind.</exception>
    public int GetIntegerSetting(string name) =>
        int.Parse(RuleSettingValues.Get(Options, Descriptor, name, RuleSettingKind.PositiveInteger).Trim(), CultureInfo.InvariantCulture);

    /// <summary>The <see cref="RuleSettingKind.Boolean"/> setting <paramref name="name"/> the rule declares: its configured value, or its default.</summary>
    /// <exception cref="InvalidOperationException">The rule does not declare the setting with that kind.</exception>
    public bool GetBooleanSetting(string name) =>
        bool.Parse(RuleSettingValues.Get(Options, Descriptor, name, RuleSettingKind.Boolean).Trim());

    /// <summary>The <see cref="RuleSettingKind.Text"/> setting <paramref name="name"/> the rule declares: its configured value, or its default.</summary>
    /// <exception cref="InvalidOperationException">The rule does not declare the setting with that kind.</exception>
    public string GetTextSetting(string name) => RuleSettingValues.Get(Options, Descriptor, name, RuleSettingKind.Text);

    /// <summary>A fix of <paramref name="edits"/> (against the original text) titled with the rule's <see cref="RuleDescriptor.FixTitle"/>.</summary>
    /// <exception cref="InvalidOperationException">The rule declares no <see cref="RuleDescriptor.FixTitle"/>.</exception>
    public Fix CreateFix(IReadOnlyList<TextEdit> edits, FixSafety safety = FixSafety.Safe) =>
        new(Descriptor.FixTitle ?? throw new InvalidOperationException($"{Descriptor.Code} declares no FixTitle"), edits, safety);

    /// <summary>Reports a finding at <paramref name="span"/>; the message is <see cref="RuleDescriptor.MessageFormat"/> formatted with <paramref name="messageArgs"/>.</summary>
    public void Report(TextSpan span, params object?[] messageArgs) => Report(span, null, messageArgs);

    /// <summary>Reports a finding with a mechanical <paramref name="fix"/> (edits against the original text).</summary>
    public void Report(TextSpan span, Fix? fix, params object?[] messageArgs) => Report(span, [], fix, messageArgs);

    /// <summary>
    /// Reports one finding at <paramref name="span"/> that also concerns the places in <paramref name="related"/>
    /// (the other unpinned packages of one command, say): reports list them with the finding.
    /// </summary>
    public void Report(TextSpan span, IReadOnlyList<RelatedSpan> related, Fix? fix, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(related);
        // Past the per-rule cap a finding is only counted: formatting its message would be garbage (a file of a
        // million one-line stages makes a million DL3057 findings).
        string message = _run.NeedsMessage(Rule)
            ? string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, messageArgs ?? [])
            : string.Empty;
        // Whatever a rule quotes, a credential in it is masked (a URL's password, a token) when the report is kept.
        _run.AddReport(new RuleReport(Rule, span, message, fix) { Related = related, MasksSecrets = true });
    }

    /// <summary>
    /// Reports a finding that another rule reports too, at <paramref name="counterpartSpan"/>, under its own name
    /// (<paramref name="counterpartCode"/>): BuildKit's check and hadolint's rule for one problem, each placed where its
    /// reference puts it. Whatever silences the counterpart there (<c>--ignore</c>, an inline suppression, a
    /// <c># check=skip=</c>) silences this finding too, so either name keeps working.
    /// </summary>
    internal void ReportWithCounterpart(TextSpan span, string counterpartCode, TextSpan counterpartSpan,
        IReadOnlyList<RelatedSpan> related, params object?[] messageArgs)
    {
        string message = string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, messageArgs ?? []);
        _run.AddReport(new RuleReport(Rule, span, message, null)
        {
            MasksSecrets = true,
            Related = related,
            Counterpart = new Counterpart(counterpartCode, counterpartSpan),
        });
    }

    /// <summary>
    /// Reports a finding of another tool under that tool's own <paramref name="code"/> and
    /// <paramref name="severity"/> (ShellCheck's <c>SC3046</c> found by the <c>shellcheck</c> executable): it goes
    /// through suppressions, presets and overrides of this rule and of <paramref name="code"/>.
    /// </summary>
    internal void ReportExternal(TextSpan span, string code, Severity severity, string message) =>
        _run.AddReport(new RuleReport(Rule, span, message, null)
        {
            MasksSecrets = true,
            ExternalCode = code,
            ExternalSeverity = severity,
        });

    /// <summary>True when <paramref name="code"/> is the code of a built-in rule or of a rule of this linter.</summary>
    internal bool IsRuleCode(string code) =>
        HasCode(RuleRegistry.Find(code), code) || HasCode(_run.Rules?.Find(code), code);

    private static bool HasCode(Rule? rule, string code) => rule is not null && rule.Descriptor.Code.Equals(code, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Marks <paramref name="span"/> as holding a secret: reports that show the source (code frames) mask it, whichever
    /// finding they show. Secret rules call it for every value they find, even when the finding is suppressed.
    /// </summary>
    public void MarkSecret(TextSpan span) => _run.AddSecretSpan(span);
}

/// <summary>A raw finding of one rule, before suppressions and severities are applied.</summary>
internal sealed record RuleReport(Rule Rule, TextSpan Span, string Message, Fix? Fix)
{
    public IReadOnlyList<RelatedSpan> Related { get; init; } = [];

    /// <summary>
    /// True when <see cref="Message"/> is a rule's own text, whose secrets (<see cref="Secrets.SecretMask.MaskSecretsIn"/>)
    /// are masked when the report is kept: most reports of a run are dropped (ShellCheck codes off in the preset, checks
    /// a file does not enable), and those are never scanned.
    /// </summary>
    public bool MasksSecrets { get; init; }

    /// <summary>The same problem as another rule reports it (see <see cref="RuleContext.ReportWithCounterpart"/>), or null.</summary>
    public Counterpart? Counterpart { get; init; }

    /// <summary>The code of another tool's finding (<c>SC3046</c>), reported instead of the rule's code; null for the rule's own findings.</summary>
    public string? ExternalCode { get; init; }

    /// <summary>The other tool's severity for <see cref="ExternalCode"/>, used unless the options set one.</summary>
    public Severity? ExternalSeverity { get; init; }

    /// <summary>
    /// The file <see cref="Span"/> is in when it is not the Dockerfile (a followed script); null for the Dockerfile.
    /// <see cref="Related"/> spans stay in the Dockerfile.
    /// </summary>
    public Diagnostics.DiagnosticFile? File { get; init; }

    /// <summary>
    /// The Dockerfile span that the Dockerfile's suppressions (inline comments, <c># check=skip=</c>) are matched
    /// against: <see cref="Span"/> itself, or for a finding in a followed script the instruction that runs it.
    /// </summary>
    public TextSpan SuppressionSpan => File is null ? Span : Anchor;

    /// <summary>For a finding in a followed script: the instruction that runs the script.</summary>
    public TextSpan Anchor { get; init; }

    /// <summary>For a finding in a followed script: other places in the script (listed before <see cref="Related"/>).</summary>
    public IReadOnlyList<RelatedSpan> ScriptRelated { get; init; } = [];
}

/// <summary>Where, and under which rule code, another rule reports the same problem.</summary>
internal sealed record Counterpart(string Code, TextSpan Span);
