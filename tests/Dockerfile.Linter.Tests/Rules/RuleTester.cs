using System.Collections.Immutable;
using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;
using Xunit.Sdk;

namespace Dockerfile.Linter.Tests.Rules;

/// <summary>
/// Runs a single rule on a Dockerfile and checks its findings, ESLint/Roslyn style.
/// Expected findings are marked inline: <c>FROM [|debian|]</c>; several marks are allowed. Places a finding lists as
/// related locations are marked <c>{|git|}</c> (every related location of every finding, in any order).
/// </summary>
public static class RuleTester
{
    /// <summary>Asserts that <typeparamref name="TRule"/> reports nothing on <paramref name="dockerfile"/>.</summary>
    public static void Valid<TRule>(string dockerfile, LintOptions? options = null) where TRule : Rule, new()
    {
        var result = Run<TRule>(dockerfile, options);
        if (result.Diagnostics.Length > 0)
            throw new XunitException($"{typeof(TRule).Name} should report nothing but reported:\n{Render(dockerfile, result.Diagnostics)}");
    }

    /// <summary>
    /// Asserts that <typeparamref name="TRule"/> reports exactly the spans marked with <c>[|…|]</c>, and that their related
    /// locations are exactly the spans marked with <c>{|…|}</c>.
    /// </summary>
    public static void Invalid<TRule>(string markedDockerfile, LintOptions? options = null) where TRule : Rule, new()
    {
        var (text, expected, expectedRelated) = ParseMarkupWithRelated(markedDockerfile);
        if (expected.Count == 0) throw new XunitException("An invalid case needs at least one [|…|] mark.");
        var result = Run<TRule>(text, options);
        var actual = Sorted(result.Diagnostics.Select(d => d.Span));
        var wanted = Sorted(expected);
        if (!actual.SequenceEqual(wanted))
            throw new XunitException(
                $"{typeof(TRule).Name} findings differ.\nExpected:\n{Mark(text, wanted)}\nActual:\n{Mark(text, actual)}\n{Render(text, result.Diagnostics)}");
        var actualRelated = Sorted(result.Diagnostics.SelectMany(d => d.RelatedLocations).Select(r => r.Span));
        var wantedRelated = Sorted(expectedRelated);
        if (!actualRelated.SequenceEqual(wantedRelated))
            throw new XunitException(
                $"{typeof(TRule).Name} related locations differ.\nExpected:\n{Mark(text, wantedRelated, "{|", "|}")}\nActual:\n{Mark(text, actualRelated, "{|", "|}")}\n{Render(text, result.Diagnostics)}");
    }

    private static List<TextSpan> Sorted(IEnumerable<TextSpan> spans) => spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToList();

    /// <summary>Runs <typeparamref name="TRule"/> alone and returns its diagnostics (for message assertions).</summary>
    public static ImmutableArray<Diagnostic> Diagnostics<TRule>(string dockerfile, LintOptions? options = null) where TRule : Rule, new() =>
        Run<TRule>(dockerfile, options).Diagnostics;

    /// <summary>
    /// Applies every fix <typeparamref name="TRule"/> offers (unsafe ones too) until none is left or 10 passes ran,
    /// and asserts the result equals <paramref name="after"/>.
    /// </summary>
    public static void Fix<TRule>(string before, string after, LintOptions? options = null) where TRule : Rule, new()
    {
        string text = ParseMarkup(before).Text;
        for (int pass = 0; pass < 10; pass++)
        {
            var fixes = Run<TRule>(text, options).Diagnostics.Where(d => d.Fix is not null).Select(d => d.Fix!).ToList();
            if (fixes.Count == 0)
            {
                Assert.Equal(after.ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"));
                return;
            }
            string next = ApplyFixes(text, fixes);
            if (next == text) throw new XunitException($"{typeof(TRule).Name} offers fixes that change nothing.");
            text = next;
        }
        throw new XunitException($"{typeof(TRule).Name} fixes did not converge within 10 passes; last text:\n{text}");
    }

    /// <summary>Applies <paramref name="fixes"/> as the library does (a fix overlapping an earlier one is skipped).</summary>
    public static string ApplyFixes(string text, IEnumerable<Fix> fixes) => FixApplier.Apply(text, fixes).Text;

    /// <summary>Runs <typeparamref name="TRule"/> alone (enabled even when off by default) and checks the engine's invariants.</summary>
    internal static LintResult Run<TRule>(string text, LintOptions? options) where TRule : Rule, new()
    {
        var rule = new TRule();
        var effective = (options ?? new LintOptions()).Clone();
        if (!effective.SeverityOverrides.ContainsKey(rule.Descriptor.Code)) effective.Enable.Add(rule.Descriptor.Code);
        var result = new DockerfileLinter(effective, [rule]).Lint(text);
        AssertRuleBehaved(rule, result);
        if (rule.Descriptor.Code != "DL1000" && result.Syntax.HasErrors)
            throw new XunitException("The test Dockerfile does not parse:\n" +
                string.Join("\n", result.Syntax.Diagnostics.Where(d => d.Severity == Severity.Error)));
        return result;
    }

    /// <summary>Fails when a rule threw, reported a bad span, or broke its declared fix availability.</summary>
    internal static void AssertRuleBehaved(Rule rule, LintResult result)
    {
        if (!result.RuleFailures.IsEmpty)
            throw new XunitException($"{rule.Descriptor.Code} threw:\n{result.RuleFailures[0].Exception}");
        foreach (var d in result.Diagnostics.Where(d => d.Code == rule.Descriptor.Code))
        {
            if (d.Span.End > (d.File?.Source ?? result.Syntax.Source).Length)
                throw new XunitException($"{d.Code} reported a span past the end of the text: {d.Span}");
            if (rule.Descriptor.Fix == FixAvailability.None && d.Fix is not null)
                throw new XunitException($"{d.Code} declares no fixes but offered one: {d.Fix.Title}");
            if (rule.Descriptor.Fix == FixAvailability.Always && d.Fix is null)
                throw new XunitException($"{d.Code} declares a fix for every finding but offered none at {d.Location.Start}");
        }
    }

    /// <summary>Removes <c>[|</c> and <c>|]</c> marks (and <c>{|…|}</c> ones) and returns the spans <c>[|…|]</c> delimited in the clean text.</summary>
    public static (string Text, List<TextSpan> Spans) ParseMarkup(string marked)
    {
        var (text, spans, _) = ParseMarkupWithRelated(marked);
        return (text, spans);
    }

    /// <summary>Removes the marks and returns the spans of <c>[|…|]</c> (findings) and of <c>{|…|}</c> (related locations).</summary>
    public static (string Text, List<TextSpan> Spans, List<TextSpan> Related) ParseMarkupWithRelated(string marked)
    {
        var sb = new StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var related = new List<TextSpan>();
        var open = new Stack<int>();
        var openRelated = new Stack<int>();
        for (int i = 0; i < marked.Length; i++)
        {
            bool pair = i + 1 < marked.Length;
            if (pair && marked[i] == '[' && marked[i + 1] == '|') { open.Push(sb.Length); i++; continue; }
            if (pair && marked[i] == '{' && marked[i + 1] == '|') { openRelated.Push(sb.Length); i++; continue; }
            if (pair && marked[i] == '|' && marked[i + 1] == ']' && open.Count > 0)
            {
                spans.Add(TextSpan.FromBounds(open.Pop(), sb.Length));
                i++;
                continue;
            }
            if (pair && marked[i] == '|' && marked[i + 1] == '}' && openRelated.Count > 0)
            {
                related.Add(TextSpan.FromBounds(openRelated.Pop(), sb.Length));
                i++;
                continue;
            }
            sb.Append(marked[i]);
        }
        if (open.Count > 0) throw new ArgumentException("Unclosed [| mark in test input.");
        if (openRelated.Count > 0) throw new ArgumentException("Unclosed {| mark in test input.");
        return (sb.ToString(), spans, related);
    }

    private static string Mark(string text, IEnumerable<TextSpan> spans, string open = "[|", string close = "|]")
    {
        var inserts = new List<(int At, int Order, string Mark)>();
        foreach (var s in spans)
        {
            inserts.Add((s.Start, 1, open));
            inserts.Add((s.End, 0, close));
        }
        var sb = new StringBuilder(text);
        foreach (var (at, _, mark) in inserts.OrderByDescending(x => x.At).ThenByDescending(x => x.Order))
            sb.Insert(Math.Min(at, sb.Length), mark);
        return sb.ToString();
    }

    private static string Render(string text, IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"  {d.Code} {d.Location.Start}-{d.Location.End} '{Slice(text, d.Span)}': {d.Message}"));

    private static string Slice(string text, TextSpan span) =>
        span.End <= text.Length ? text.Substring(span.Start, span.Length) : "<out of range>";
}
