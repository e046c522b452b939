using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Suppression;

/// <summary>
/// Turns the raw reports of one file into diagnostics: drops what suppression comments and BuildKit check settings
/// suppress, applies severities, and adds the engine's own findings (rule failures, unknown and unused suppressions).
/// </summary>
internal sealed partial class SuppressionFilter
{
    public const string RuleFailureCode = "DF0000";
    public const string UnusedSuppressionCode = "DF0001";
    public const string UnknownSuppressionCode = "DF0002";

    [GeneratedRegex(@"^SC\d{4}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShellCheckCode();

    [GeneratedRegex(@"^DL\d{4}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HadolintCode();

    private readonly RuleEngine _engine;
    private readonly DockerfileSyntax _syntax;
    private readonly string? _path;
    private readonly IReadOnlyDictionary<Rule, ActiveRule> _active;
    private readonly FileSuppressions _suppressions;
    private readonly List<ResolvedEntry> _entries = [];

    public SuppressionFilter(RuleEngine engine, DockerfileSyntax syntax, string? path)
    {
        _engine = engine;
        _syntax = syntax;
        _path = path;
        _active = engine.ActiveByRule;
        _suppressions = FileSuppressions.Create(syntax, !engine.Options.DisableInlineSuppressions);
        foreach (var pragma in _suppressions.Pragmas)
            foreach (var entry in pragma.Entries)
                _entries.Add(new ResolvedEntry(pragma, entry, engine.Lookup.FindAll(entry.Text)));
    }

    /// <summary>
    /// The most findings one rule lists in one file. A generated file can hold hundreds of thousands of identical
    /// findings; past this many, the rest are counted (suppressed ones excepted) and summed up in one more finding of
    /// the same rule, so the report and the memory it takes stay bounded.
    /// </summary>
    public const int MaxFindingsPerRule = 1_000;

    private readonly List<Diagnostic> _kept = [];
    private readonly Dictionary<Rule, Tally> _tallies = new(ReferenceEqualityComparer.Instance);

    private sealed class Tally
    {
        public int Listed;
        public int Dropped;
        public RuleReport? FirstDropped;
    }

    /// <summary>Filters a rule's finding as soon as it is reported: suppressed, kept, or (past the cap) counted.</summary>
    public void Add(RuleReport report)
    {
        if (!_tallies.TryGetValue(report.Rule, out var tally)) _tallies[report.Rule] = tally = new Tally();
        if (tally.Listed < MaxFindingsPerRule)
        {
            if (Keep(report, _kept)) tally.Listed++;
            return;
        }
        if (Admit(report) is null) return;
        tally.Dropped++;
        tally.FirstDropped ??= report;
    }

    public ImmutableArray<Diagnostic> Apply(LintRun run)
    {
        var diagnostics = _kept;
        foreach (var report in run.Reports) Keep(report, diagnostics);
        foreach (var tally in _tallies.Values)
        {
            if (tally.FirstDropped is not { } first) continue;
            string summary = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "{0:N0} more {1} findings in this file are not listed (at most {2:N0} per rule per file); the first: {3}",
                tally.Dropped, first.Rule.Descriptor.Code, MaxFindingsPerRule, first.Message);
            Keep(first with { Message = summary, Fix = null, Related = [] }, diagnostics);
        }

        foreach (var failure in run.Failures)
            ReportEngineFinding(RuleFailureCode, failure.Where, null, diagnostics,
                failure.RuleCode, $"{failure.Exception.GetType().Name}: {failure.Exception.Message}");

        // Known means known to this linter or built in: a linter running a subset of the rules must not call the others unknown.
        foreach (var entry in _entries.Where(e => e.Rules.Count == 0 && RuleRegistry.FindAll(e.Entry.Text).Count == 0
                                                 && !IsForeignCode(e)))
            ReportEngineFinding(UnknownSuppressionCode, entry.Entry.Span, null, diagnostics, entry.Entry.Text);

        var unused = _entries
            .Where(e => !e.Used && !IsHadolintPragma(e.Pragma)
                        && e.Rules.Any(r => _active.TryGetValue(r, out var a) && !a.OnlyWhenCheckEnables)
                        && !e.Rules.Any(r => r.Descriptor.Code == UnusedSuppressionCode))
            .ToList();
        foreach (var entry in unused)
            ReportEngineFinding(UnusedSuppressionCode, entry.Entry.Span, RemovalFix(entry), diagnostics, entry.Entry.Text);

        diagnostics.Sort(static (a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
            if (c == 0) c = a.Span.End.CompareTo(b.Span.End);
            if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
            return c;
        });
        return [.. diagnostics];
    }

    /// <summary>
    /// A code another tool defines: ShellCheck codes anywhere, and any <c>DL</c> code in a hadolint pragma (hadolint
    /// may know rules this linter does not have).
    /// </summary>
    private static bool IsForeignCode(ResolvedEntry entry) =>
        ShellCheckCode().IsMatch(entry.Entry.Text) || (IsHadolintPragma(entry.Pragma) && HadolintCode().IsMatch(entry.Entry.Text));

    /// <summary>
    /// <c># hadolint …</c> pragmas may be there for hadolint itself, whose rules differ in details (this linter resolves
    /// ARG values, for one), so they are never reported as unused.
    /// </summary>
    private static bool IsHadolintPragma(SuppressionPragma pragma) =>
        pragma.Tool.Equals("hadolint", StringComparison.OrdinalIgnoreCase);

    private void ReportEngineFinding(string code, TextSpan span, Fix? fix, List<Diagnostic> diagnostics, params object?[] args)
    {
        var rule = _engine.AllRules.FirstOrDefault(r => r.Descriptor.Code == code);
        if (rule is null || !_active.ContainsKey(rule)) return;
        string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.Descriptor.MessageFormat, args);
        Keep(new RuleReport(rule, span, message, fix), diagnostics);
    }

    // The severity a finding is listed with, or null when it is not listed (rule off, suppressed, check skipped).
    private Severity? Admit(RuleReport report)
    {
        if (!_active.TryGetValue(report.Rule, out var active)) return null;
        if (IsSuppressedByPragma(report)) return null;
        if (active.OnlyWhenCheckEnables && !active.BuildKitAliases.Any(a => _suppressions.CheckEnablesExperimental(a, report.Span)))
            return null;
        foreach (var alias in active.BuildKitAliases)
            if (_suppressions.CheckSkips(alias, report.Span)) return null;

        var severity = active.Severity;
        if (!active.HasExplicitSeverity && active.BuildKitAliases.Length > 0 && _suppressions.FileCheck.Error == true)
            severity = Severity.Error;
        return severity;
    }

    private bool Keep(RuleReport report, List<Diagnostic> diagnostics)
    {
        if (Admit(report) is not { } severity) return false;

        var span = Clamp(report.Span);
        diagnostics.Add(new Diagnostic
        {
            Code = report.Rule.Descriptor.Code,
            RuleName = report.Rule.Descriptor.Name,
            Severity = severity,
            Message = report.Message,
            Span = span,
            Location = _syntax.Source.GetLinePositionSpan(span),
            Path = _path,
            Fix = report.Fix,
            RelatedLocations = report.Related.Count == 0 ? [] : report.Related.Select(ToLocation).ToArray(),
        });
        return true;
    }

    private bool IsSuppressedByPragma(RuleReport report)
    {
        bool suppressed = false;
        foreach (var entry in _entries)
        {
            if (!entry.Rules.Contains(report.Rule) || !entry.Pragma.AppliesTo(report.Span)) continue;
            entry.Used = true;
            suppressed = true;
        }
        return suppressed;
    }

    private RelatedLocation ToLocation(RelatedSpan related)
    {
        var span = Clamp(related.Span);
        return new RelatedLocation { Span = span, Location = _syntax.Source.GetLinePositionSpan(span), Message = related.Message };
    }

    private TextSpan Clamp(TextSpan span)
    {
        int length = _syntax.Source.Length;
        int start = Math.Clamp(span.Start, 0, length);
        int end = Math.Clamp(span.End, start, length);
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Removes the entry from its pragma, or the whole comment line when it is the pragma's only entry.</summary>
    private static Fix RemovalFix(ResolvedEntry unused)
    {
        var entries = unused.Pragma.Entries;
        if (entries.Length == 1)
            return new Fix("Remove the unused suppression comment", [new TextEdit(unused.Pragma.Comment.FullSpan, "")]);
        int index = entries.IndexOf(unused.Entry);
        var span = index < entries.Length - 1
            ? TextSpan.FromBounds(unused.Entry.Span.Start, entries[index + 1].Span.Start)
            : TextSpan.FromBounds(entries[index - 1].Span.End, unused.Entry.Span.End);
        return new Fix($"Remove '{unused.Entry.Text}' from the suppression comment", [new TextEdit(span, "")]);
    }

    private sealed class ResolvedEntry(SuppressionPragma pragma, SuppressionEntry entry, IReadOnlyList<Rule> rules)
    {
        public SuppressionPragma Pragma { get; } = pragma;
        public SuppressionEntry Entry { get; } = entry;
        public IReadOnlyList<Rule> Rules { get; } = rules;
        public bool Used { get; set; }
    }
}
