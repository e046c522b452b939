using System.Globalization;

namespace Dockerfile.Linter.Cli.Fixing;

/// <summary>The line printed after fixing: how many findings were (or would be) fixed, in how many files, and what remains.</summary>
internal static class FixSummary
{
    public static IEnumerable<string> Lines(FixSettings settings, IReadOnlyList<FileFixOutcome> outcomes)
    {
        int fixedCount = outcomes.Sum(o => o.Applied);
        int files = outcomes.Count(o => o.Changed);
        int remaining = outcomes.Sum(o => o.Result.Diagnostics.Length);
        int hidden = outcomes.Sum(o => o.HiddenUnsafe);
        int rejected = outcomes.Sum(o => o.Rejected);
        bool diff = settings.Mode == FixMode.Diff;

        string verb = diff ? "Would fix" : "Fixed";
        string remain = diff ? "would remain" : remaining == 1 ? "remains" : "remain";
        yield return fixedCount == 0
            ? $"{(diff ? "Nothing to fix" : "No fixes applied")}; {Count(remaining, "finding")} {remain}."
            : $"{verb} {Count(fixedCount, "finding")} in {Count(files, "file")}; {Count(remaining, "finding")} {remain}.";
        if (hidden > 0)
            yield return $"{Count(hidden, "more finding")} can be fixed with --unsafe-fixes (review the change: it may alter the image).";
        if (rejected > 0)
            yield return $"{Count(rejected, "fix", "fixes")} not applied: the file would no longer parse as before (please report this).";
    }

    private static string Count(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? (one.EndsWith('s') ? one : one + "s"));
}
