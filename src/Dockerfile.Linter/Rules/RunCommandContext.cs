using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// What an <see cref="RuleRegistrar.OnRunCommand"/> callback sees: the RUN, its parsed script, and the rule's context.
/// Valid during the callback only: the engine reuses it for the rule's next RUN.
/// </summary>
public sealed class RunCommandContext
{
    internal RunCommandContext(RuleContext context, RunInstruction run, ShellScript script)
    {
        Context = context;
        Run = run;
        Script = script;
    }

    /// <summary>Points this context at the next RUN (one context serves a rule for a whole file).</summary>
    internal RunCommandContext MoveTo(RunInstruction run, ShellScript script)
    {
        Run = run;
        Script = script;
        return this;
    }

    /// <summary>The rule's context for the file (syntax, semantic model, options, reporting).</summary>
    public RuleContext Context { get; }

    /// <summary>The RUN instruction the command belongs to.</summary>
    public RunInstruction Run { get; private set; }

    /// <summary>The whole parsed script of the RUN (every command, pipelines, parse errors).</summary>
    public ShellScript Script { get; private set; }

    /// <summary>The descriptor of the rule this context reports for.</summary>
    public RuleDescriptor Descriptor => Context.Descriptor;

    /// <summary>The parsed file.</summary>
    public DockerfileSyntax Syntax => Context.Syntax;

    /// <summary>The semantic model of the file.</summary>
    public SemanticModel Semantics => Context.Semantics;

    /// <summary>The linter's options.</summary>
    public LintOptions Options => Context.Options;

    /// <summary>The stage of the RUN, or null before the first FROM.</summary>
    public Stage? CurrentStage => Context.CurrentStage;

    /// <summary>True when the RUN is the trigger wrapped by an ONBUILD.</summary>
    public bool IsOnbuildTrigger => Context.IsOnbuildTrigger;

    /// <summary>A fix of <paramref name="edits"/> titled with the rule's <see cref="RuleDescriptor.FixTitle"/> (see <see cref="RuleContext.CreateFix"/>).</summary>
    public Fix CreateFix(IReadOnlyList<TextEdit> edits, FixSafety safety = FixSafety.Safe) => Context.CreateFix(edits, safety);

    /// <summary>Reports a finding at <paramref name="span"/> (see <see cref="RuleContext.Report(TextSpan, object?[])"/>).</summary>
    public void Report(TextSpan span, params object?[] messageArgs) => Context.Report(span, null, messageArgs);

    /// <summary>Reports a finding with a fix (see <see cref="RuleContext.Report(TextSpan, Fix?, object?[])"/>).</summary>
    public void Report(TextSpan span, Fix? fix, params object?[] messageArgs) => Context.Report(span, fix, messageArgs);

    /// <summary>Reports one finding with related places (see <see cref="RuleContext.Report(TextSpan, IReadOnlyList{RelatedSpan}, Fix?, object?[])"/>).</summary>
    public void Report(TextSpan span, IReadOnlyList<RelatedSpan> related, Fix? fix, params object?[] messageArgs) =>
        Context.Report(span, related, fix, messageArgs);
}
