using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Suppression;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Turns the raw reports of one file into diagnostics: drops what suppression comments (read by
/// <see cref="FileSuppressions"/>) and BuildKit check settings suppress, gives each kept finding its severity
/// (<see cref="FindingSeverity"/>), and adds the engine's own findings (rule failures, unknown and unused
/// suppressions).
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

    private readonly IReadOnlyList<Rule> _allRules;
    private readonly RuleLookup<Rule> _lookup;
    private readonly RuleConfiguration _configuration;
    private readonly DockerfileSyntax _syntax;
    private readonly string? _path;
    private readonly IReadOnlyDictionary<Rule, ActiveRule> _active;
    private readonly FileSuppressions _suppressions;
    private readonly List<ResolvedEntry> _entries = [];

    /// <param name="active">The rules that run, with their configured severities.</param>
    /// <param name="lookup">Resolves the codes, names and aliases that suppression comments name.</param>
    /// <param name="configuration">Which rules the options switch on or off by name (for linked findings).</param>
    /// <param name="allRules">Every rule the linter knows, active or not (the engine's own findings are among them).</param>
    /// <param name="inlineSuppressions">False to ignore suppression comments.</param>
    /// <param name="checkOverride">The <c>BUILDKIT_DOCKERFILE_CHECK</c> build argument, which replaces the file's <c># check=</c> directive; null when not given.</param>
    /// <param name="syntax">The file.</param>
    /// <param name="path">The file's path as reported.</param>
    public SuppressionFilter(IReadOnlyDictionary<Rule, ActiveRule> active, RuleLookup<Rule> lookup, RuleConfiguration configuration,
        IReadOnlyList<Rule> allRules, bool inlineSuppressions, string? checkOverride, DockerfileSyntax syntax, string? path)
    {
        _allRules = allRules;
        _syntax = syntax;
        _path = path;
        _active = active;
        _lookup = lookup;
        _configuration = configuration;
        _suppressions = FileSuppressions.Create(syntax, inlineSuppressions, checkOverride);
        foreach (var pragma in _suppressions.Pragmas)
            foreach (var entry in pragma.Entries)
                _entries.Add(new ResolvedEntry(pragma, entry, lookup.FindAll(entry.Text)));
        _pragmasByRule = _entries.Count == 0 ? s_noPragmas : PragmaIndex.Build(_entries);
    }

    /// <summary>
    /// The most findings one rule lists in one file. A generated file can hold hundreds of thousands of identical
    /// findings; past this many, the rest are counted (suppressed ones excepted) and summed up in one more finding of
    /// the same rule, so the report and the memory it takes stay bounded.
    /// </summary>
    public const int MaxFindingsPerRule = 1_000;

    // The index of a file without suppression comments (most files), shared and only ever read.
    private static readonly Dictionary<Rule, PragmaIndex> s_noPragmas = new(ReferenceEqualityComparer.Instance);

    private readonly List<Diagnostic> _kept = [];
    private Dictionary<Rule, Tally>? _tallies;   // made on the first finding: most files have few

    private sealed class Tally
    {
        public int Listed;
        public int Dropped;
        public RuleReport? FirstDropped;
    }

    /// <summary>Filters a rule's finding as soon as it is reported: suppressed, kept, or (past the cap) counted.</summary>
    public void Add(RuleReport report)
    {
        _tallies ??= new(ReferenceEqualityComparer.Instance);
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

    /// <summary>
    /// True when a further finding of <paramref name="rule"/> can only be counted: the rule has listed its
    /// <see cref="MaxFindingsPerRule"/> findings and the first one left out (whose message the summary quotes) is
    /// known. Such a finding's message is never read, so the rule context need not format it.
    /// </summary>
    public bool OnlyCounts(Rule rule) =>
        _tallies is not null && _tallies.TryGetValue(rule, out var tally) && tally.FirstDropped is not null;

    public ImmutableArray<Diagnostic> Apply(LintRun run)
    {
        var diagnostics = _kept;
        foreach (var report in run.Reports) Keep(report, diagnostics);
        if (_tallies is not null)
            foreach (var tally in _tallies.Values)
            {
                if (tally.FirstDropped is not { } first) continue;
                string summary = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "{0:N0} more {1} findings in this file are not listed (at most {2:N0} per rule per file); the first: {3}",
                    tally.Dropped, first.Rule.Descriptor.Code, MaxFindingsPerRule, MessageOf(first));
                Keep(first with { Message = summary, MasksSecrets = false, Fix = null, Related = [], ScriptRelated = [] }, diagnostics);
            }

        foreach (var failure in run.Failures)
            ReportEngineFinding(RuleFailureCode, failure.Where, null, diagnostics,
                failure.RuleCode, $"{failure.Exception.GetType().Name}: {failure.Exception.Message}");

        if (_entries.Count > 0) ReportUnknownAndUnused(diagnostics);   // most files have no suppression comment
        diagnostics.Sort(InFileOrder);
        return [.. diagnostics];
    }

    private void ReportUnknownAndUnused(List<Diagnostic> diagnostics)
    {
        // Known means known to this linter or built in: a linter running a subset of the rules must not call the others unknown.
        foreach (var entry in _entries.Where(e => e.Rules.Count == 0 && RuleRegistry.FindAll(e.Entry.Text).Count == 0
                                                 && !IsForeignCode(e)))
            ReportEngineFinding(UnknownSuppressionCode, entry.Entry.Span, null, diagnostics, entry.Entry.Text);

        foreach (var index in _pragmasByRule.Values) index.MarkUsedEntries();
        var unused = _entries
            .Where(e => !e.Used && !IsHadolintPragma(e.Pragma)
                        && e.Rules.Any(r => _active.TryGetValue(r, out var a) && !a.OnlyWhenCheckEnables)
                        && !e.Rules.Any(r => r.Descriptor.Code == UnusedSuppressionCode))
            .ToList();
        foreach (var entry in unused)
            ReportEngineFinding(UnusedSuppressionCode, entry.Entry.Span, RemovalFix(entry), diagnostics, entry.Entry.Text);
    }

    /// <summary>The Dockerfile's findings, then each followed script's; in a file position, then code, end and message: a stable order for every report.</summary>
    private static int InFileOrder(Diagnostic a, Diagnostic b)
    {
        int c = string.CompareOrdinal(a.File?.Path, b.File?.Path);
        if (c == 0) c = a.Span.Start.CompareTo(b.Span.Start);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = a.Span.End.CompareTo(b.Span.End);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
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
        var rule = _allRules.FirstOrDefault(r => r.Descriptor.Code == code);
        if (rule is null || !_active.ContainsKey(rule)) return;
        string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.Descriptor.MessageFormat, args);
        Keep(new RuleReport(rule, span, message, fix), diagnostics);
    }

    // The severity a finding is listed with, or null when it is not listed (rule off, suppressed, check skipped).
    private Severity? Admit(RuleReport report)
    {
        if (!_active.TryGetValue(report.Rule, out var active)) return null;
        if (IsSuppressedByPragma(report)) return null;
        if (active.OnlyWhenCheckEnables && !active.BuildKitAliases.Any(a => _suppressions.CheckEnablesExperimental(a, report.SuppressionSpan)))
            return null;
        foreach (var alias in active.BuildKitAliases)
            if (_suppressions.CheckSkips(alias, report.SuppressionSpan)) return null;
        if (report.Counterpart is { } counterpart && IsCounterpartSilenced(report.Rule, counterpart)) return null;
        if (report.ExternalCode is { } code)
        {
            // Another tool's finding: its own code can be suppressed and configured as well as the rule that reports it.
            if (IsSuppressedByCode(code, report.Span)) return null;
            var (kept, configured) = _configuration.ForExternalCode(code);
            if (!kept) return null;
            return configured ?? (active.HasExplicitSeverity ? active.Severity : report.ExternalSeverity ?? active.Severity);
        }
        return FindingSeverity.Of(active, _suppressions);
    }

    // Secrets are masked here, once a report is kept, rather than for every report a rule makes.
    private static string MessageOf(RuleReport report) =>
        report.MasksSecrets ? Secrets.SecretMask.MaskSecretsIn(report.Message) : report.Message;

    private bool Keep(RuleReport report, List<Diagnostic> diagnostics)
    {
        if (Admit(report) is not { } severity) return false;

        var span = report.Span;
        diagnostics.Add(new Diagnostic
        {
            Code = report.ExternalCode ?? report.Rule.Descriptor.Code,
            RuleName = report.Rule.Descriptor.Name,
            Severity = severity,
            Message = MessageOf(report),
            Span = span,
            Location = (report.File?.Source ?? _syntax.Source).GetLinePositionSpan(span),
            Path = _path,
            File = report.File,
            Fix = report.Fix,
            RelatedLocations = report.Related.Count + report.ScriptRelated.Count == 0 ? []
                : report.ScriptRelated.Select(r => ToLocation(r, report.File)).Concat(report.Related.Select(r => ToLocation(r, null))).ToArray(),
        });
        return true;
    }

    /// <summary>
    /// True when the rule that reports the same problem under its own name is suppressed where it reports it (inline,
    /// or by BuildKit's check settings), or switched off by name in the options while <paramref name="reporter"/> is
    /// not switched on by name (<c>--enable DF6014 --ignore DL3000</c> keeps DF6014's findings).
    /// </summary>
    private bool IsCounterpartSilenced(Rule reporter, Counterpart counterpart)
    {
        var configuration = _configuration;
        foreach (var rule in _lookup.FindAll(counterpart.Code))
        {
            if (rule.Descriptor.Code != counterpart.Code) continue;
            if (configuration.IsSwitchedOff(rule) && !configuration.IsSwitchedOn(reporter)) return true;
            if (IsSuppressedByPragma(rule, counterpart.Span)) return true;
            foreach (var alias in BuildKitChecks.AliasesOf(rule.Descriptor))
                if (_suppressions.CheckSkips(alias, counterpart.Span)) return true;
        }
        return false;
    }

    // A finding in a followed script is silenced by the Dockerfile's comments that cover the instruction running it.
    private bool IsSuppressedByPragma(RuleReport report) => IsSuppressedByPragma(report.Rule, report.SuppressionSpan);

    // Indexed by rule and position: a file of thousands of pragmas and findings is not a scan of every pragma per finding.
    private bool IsSuppressedByPragma(Rule rule, TextSpan span) =>
        _pragmasByRule.TryGetValue(rule, out var index) && index.Suppresses(span.Start);

    /// <summary>True when a suppression comment that applies at <paramref name="span"/> names <paramref name="code"/>, which no rule answers to.</summary>
    private bool IsSuppressedByCode(string code, TextSpan span)
    {
        bool suppressed = false;
        foreach (var entry in _entries)
        {
            if (entry.Rules.Count > 0 || !entry.Entry.Text.Trim().Equals(code, StringComparison.OrdinalIgnoreCase)
                || !entry.Pragma.AppliesTo(span)) continue;
            entry.Used = true;
            suppressed = true;
        }
        return suppressed;
    }

    private RelatedLocation ToLocation(RelatedSpan related, DiagnosticFile? file)
    {
        var span = related.Span;
        return new RelatedLocation
        {
            Span = span,
            Location = (file?.Source ?? _syntax.Source).GetLinePositionSpan(span),
            Message = related.Message,
            File = file,
        };
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
