using System.Globalization;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// What a rule's callback sees about the file being linted, and where it reports findings.
/// One context exists per rule and file; do not keep it beyond the callback.
/// </summary>
public sealed class RuleContext
{
    private readonly LintRun _run;

    internal RuleContext(Rule rule, LintRun run)
    {
        Rule = rule;
        _run = run;
    }

    internal Rule Rule { get; }

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
        string message = string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, messageArgs ?? []);
        _run.AddReport(new RuleReport(Rule, span, message, fix) { Related = related });
    }
}

/// <summary>A raw finding of one rule, before suppressions and severities are applied.</summary>
internal sealed record RuleReport(Rule Rule, TextSpan Span, string Message, Fix? Fix)
{
    public IReadOnlyList<RelatedSpan> Related { get; init; } = [];
}
