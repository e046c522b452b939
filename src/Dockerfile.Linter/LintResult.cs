using System.Collections.Immutable;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter;

/// <summary>The outcome of linting one Dockerfile.</summary>
public sealed class LintResult
{
    internal LintResult(string? path, DockerfileSyntax syntax, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<RuleFailure> ruleFailures,
        ImmutableArray<ContextProblem> contextProblems = default)
    {
        Path = path;
        Syntax = syntax;
        Diagnostics = diagnostics;
        RuleFailures = ruleFailures;
        ContextProblems = contextProblems.IsDefault ? [] : contextProblems;
    }

    /// <summary>The path given to the linter, or null for text linted without one.</summary>
    public string? Path { get; }

    /// <summary>The parsed file.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>The findings, sorted by position, then code.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Ranges of the text that hold secrets (values the secret rules found, even in suppressed findings): a report that
    /// shows source lines masks them. Empty when the secret rules did not run.
    /// </summary>
    public ImmutableArray<TextSpan> SecretSpans { get; internal init; } = [];

    /// <summary>Exceptions thrown by rule callbacks (each also reported as a <c>DF0000</c> diagnostic); empty when all rules behaved.</summary>
    internal ImmutableArray<RuleFailure> RuleFailures { get; }

    /// <summary>
    /// What the build-context walk could not examine (unreadable entries, FIFOs and devices it did not open, limits
    /// reached); empty when no context was given or no rule needed the walk.
    /// </summary>
    public ImmutableArray<ContextProblem> ContextProblems { get; }

    /// <summary>
    /// The build context the file was checked against and why it was chosen (given, or inferred from a compose
    /// service, a bake target, the Dockerfile's folder or an ancestor); null when linted without one.
    /// </summary>
    public Context.InferredBuildContext? Context { get; init; }

    /// <summary>True when at least one finding has severity <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>A rule callback threw: a bug in the rule, never in the input.</summary>
internal sealed record RuleFailure(string RuleCode, Exception Exception, TextSpan Where);
