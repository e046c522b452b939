using System.Globalization;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// What an <see cref="RuleRegistrar.OnFollowedScript"/> callback sees: the script and the rule's context for the
/// Dockerfile. Findings reported here are placed in the script's file, with a related location at the instruction that
/// runs it. Valid during the callback only.
/// </summary>
public sealed class FollowedScriptContext
{
    internal FollowedScriptContext(RuleContext context, LintRun run)
    {
        Context = context;
        _run = run;
    }

    private readonly LintRun _run;

    /// <summary>The rule's context for the Dockerfile (syntax, semantic model, options).</summary>
    public RuleContext Context { get; }

    /// <summary>The script being checked.</summary>
    public FollowedScript Script { get; internal set; } = null!;

    /// <summary>The script's text (for slicing spans of <see cref="FollowedScript.Script"/>).</summary>
    public SourceText Source => Script.File.Source;

    /// <summary>The descriptor of the rule this context reports for.</summary>
    public RuleDescriptor Descriptor => Context.Descriptor;

    /// <summary>The semantic model of the Dockerfile.</summary>
    public SemanticModel Semantics => Context.Semantics;

    internal ScriptSuppressions Suppressions { get; set; } = ScriptSuppressions.None;

    /// <summary>
    /// Reports a finding at <paramref name="span"/> of the script (see <see cref="RuleContext.Report(TextSpan, object?[])"/>),
    /// unless the script's own <c># hadolint ignore=</c>, <c># dockerfile-lint ignore=</c> or <c># shellcheck disable=</c>
    /// comments silence the rule there. The Dockerfile's suppressions apply as at the running instruction.
    /// </summary>
    public void Report(TextSpan span, params object?[] messageArgs) => Report(span, [], messageArgs);

    /// <summary>Reports a finding in the script that also concerns other places of it (<paramref name="related"/>, spans in the script).</summary>
    public void Report(TextSpan span, IReadOnlyList<RelatedSpan> related, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(related);
        if (Suppressions.Silences(Descriptor, span.Start)) return;
        string message = string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, messageArgs ?? []);
        string how = Script.Runner.Kind.ToString().ToUpperInvariant();
        // Related places of the script come first (they are in its file); the runner last, in the Dockerfile.
        _run.AddReport(new RuleReport(Context.Rule, span, message, null)
        {
            MasksSecrets = true,
            File = Script.File,
            Anchor = Script.Runner.Span,
            ScriptRelated = related,
            Related = [new RelatedSpan(Script.RunnerSpan, $"'{Script.File.ContextPath}' is run by this {how}")],
        });
    }
}
