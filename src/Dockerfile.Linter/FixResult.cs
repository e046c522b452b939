namespace Dockerfile.Linter;

/// <summary>The outcome of <see cref="DockerfileLinter.Fix"/>: the fixed text and what is still reported on it.</summary>
public sealed class FixResult
{
    internal FixResult(string originalText, string fixedText, int appliedFixes, int passes, LintResult remaining, int rejectedFixes = 0)
    {
        RejectedFixes = rejectedFixes;
        OriginalText = originalText;
        FixedText = fixedText;
        AppliedFixes = appliedFixes;
        Passes = passes;
        Remaining = remaining;
    }

    /// <summary>The text before fixing.</summary>
    public string OriginalText { get; }

    /// <summary>The text after applying the fixes.</summary>
    public string FixedText { get; }

    /// <summary>True when at least one fix changed the text.</summary>
    public bool Changed => !string.Equals(OriginalText, FixedText, StringComparison.Ordinal);

    /// <summary>How many fixes were applied over all passes.</summary>
    public int AppliedFixes { get; }

    /// <summary>
    /// How many fixes offered on <see cref="FixedText"/> were not applied because the text would have had more parse
    /// errors after them than before (a fix that breaks the file is a bug in its rule: please report it).
    /// </summary>
    public int RejectedFixes { get; }

    /// <summary>How many lint-and-fix passes ran.</summary>
    public int Passes { get; }

    /// <summary>The lint result of <see cref="FixedText"/>.</summary>
    public LintResult Remaining { get; }
}
