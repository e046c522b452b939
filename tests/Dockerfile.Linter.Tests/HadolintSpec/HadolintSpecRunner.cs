using System.Text;
using Dockerfile.Linter.Rules;
using Xunit.Sdk;

namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>
/// Checks one case of hadolint 2.15's rule specification against our rule of the same code. A case is a Dockerfile (often
/// a snippet without FROM, as hadolint's specs write them: we lint such instructions as if an implicit stage had begun)
/// and whether the code is reported. The ONBUILD variants wrap every RUN instruction of the file in <c>ONBUILD</c>, as
/// hadolint's spec helpers do, and then expect exactly one finding (or none).
/// </summary>
internal static class HadolintSpecRunner
{
    /// <summary>Asserts that <paramref name="code"/> reports at least once on <paramref name="dockerfile"/>.</summary>
    public static void Reported(string code, string dockerfile, LintOptions? options = null)
    {
        int count = Count(code, dockerfile, options, out string findings);
        if (count == 0) throw new XunitException($"{code} should report on:\n{dockerfile}\nbut reported nothing.{findings}");
    }

    /// <summary>Asserts that <paramref name="code"/> reports nothing on <paramref name="dockerfile"/>.</summary>
    public static void NotReported(string code, string dockerfile, LintOptions? options = null)
    {
        int count = Count(code, dockerfile, options, out string findings);
        if (count != 0) throw new XunitException($"{code} should not report on:\n{dockerfile}\nbut reported:{findings}");
    }

    /// <summary>Asserts that <paramref name="code"/> reports exactly <paramref name="times"/> times on <paramref name="dockerfile"/>.</summary>
    public static void ReportedTimes(string code, string dockerfile, int times, LintOptions? options = null)
    {
        int count = Count(code, dockerfile, options, out string findings);
        if (count != times) throw new XunitException($"{code} should report {times} times on:\n{dockerfile}\nbut reported {count} times:{findings}");
    }

    /// <summary>Wraps the RUN instructions in ONBUILD and asserts exactly one finding of <paramref name="code"/>.</summary>
    public static void ReportedInOnbuild(string code, string dockerfile, LintOptions? options = null)
    {
        string wrapped = WrapRunsInOnbuild(dockerfile);
        int count = Count(code, wrapped, options, out string findings);
        if (count != 1) throw new XunitException($"{code} should report once on:\n{wrapped}\nbut reported {count} times:{findings}");
    }

    /// <summary>Wraps the RUN instructions in ONBUILD and asserts that <paramref name="code"/> reports nothing.</summary>
    public static void NotReportedInOnbuild(string code, string dockerfile, LintOptions? options = null) =>
        NotReported(code, WrapRunsInOnbuild(dockerfile), options);

    /// <summary>Runs both <see cref="Reported"/> and, when <paramref name="inOnbuildToo"/>, <see cref="ReportedInOnbuild"/>.</summary>
    public static void Reported(string code, string dockerfile, bool inOnbuildToo, LintOptions? options = null)
    {
        Reported(code, dockerfile, options);
        if (inOnbuildToo) ReportedInOnbuild(code, dockerfile, options);
    }

    /// <summary>Runs both <see cref="NotReported"/> and, when <paramref name="inOnbuildToo"/>, <see cref="NotReportedInOnbuild"/>.</summary>
    public static void NotReported(string code, string dockerfile, bool inOnbuildToo, LintOptions? options = null)
    {
        NotReported(code, dockerfile, options);
        if (inOnbuildToo) NotReportedInOnbuild(code, dockerfile, options);
    }

    /// <summary>Puts <c>ONBUILD </c> before each line that starts a RUN instruction (not before its continuation lines).</summary>
    internal static string WrapRunsInOnbuild(string dockerfile)
    {
        var sb = new StringBuilder();
        bool continued = false;
        foreach (string line in dockerfile.Split('\n'))
        {
            if (sb.Length > 0) sb.Append('\n');
            if (!continued && line.TrimStart().StartsWith("RUN", StringComparison.OrdinalIgnoreCase)
                && line.TrimStart().Length > 3 && char.IsWhiteSpace(line.TrimStart()[3]))
                sb.Append("ONBUILD ");
            sb.Append(line);
            continued = line.TrimEnd().EndsWith('\\');
        }
        return sb.ToString();
    }

    private static int Count(string code, string dockerfile, LintOptions? options, out string findings)
    {
        var rule = RuleRegistry.Find(code) ?? throw new XunitException($"no rule {code}");
        var effective = (options ?? new LintOptions()).Clone();
        effective.Enable.Add(code);
        var result = new DockerfileLinter(effective, [rule]).Lint(dockerfile.EndsWith('\n') ? dockerfile : dockerfile + "\n");
        if (!result.RuleFailures.IsEmpty) throw new XunitException($"{code} threw:\n{result.RuleFailures[0].Exception}");
        var mine = result.Diagnostics.Where(d => d.Code == code).ToList();
        findings = string.Concat(mine.Select(d => $"\n  {d.Span}: {d.Message}"));
        return mine.Count;
    }
}
