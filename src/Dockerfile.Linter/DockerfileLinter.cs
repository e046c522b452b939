using System.Runtime.ExceptionServices;
using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter;

/// <summary>
/// Parses and lints Dockerfiles. Create one per configuration and reuse it: it is safe to use from several threads.
/// </summary>
public sealed class DockerfileLinter
{
    private readonly RuleEngine _engine;

    /// <summary>Creates a linter with <paramref name="options"/> (defaults when null) and <paramref name="rules"/> (<see cref="RuleRegistry.All"/> when null).</summary>
    public DockerfileLinter(LintOptions? options = null, IEnumerable<Rule>? rules = null)
    {
        Options = options ?? LintOptions.Default;
        _engine = new RuleEngine(Options, rules ?? RuleRegistry.All);
    }

    /// <summary>The options in use.</summary>
    public LintOptions Options { get; }

    /// <summary>Every rule this linter knows (enabled or not), sorted by code.</summary>
    public IReadOnlyList<RuleDescriptor> Rules => _engine.AllRules.Select(r => r.Descriptor).ToList();

    /// <summary>Rule references in the options (<see cref="LintOptions.Ignore"/>, <see cref="LintOptions.Enable"/>, <see cref="LintOptions.SeverityOverrides"/>) that match no rule.</summary>
    public IReadOnlyList<string> UnknownRuleReferences => _engine.Configuration.UnknownReferences;

    /// <summary>The severity a rule runs with under the options (before any <c># check=error=true</c> in a file), or null when it does not run.</summary>
    public Severity? GetConfiguredSeverity(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var match = _engine.AllRules.FirstOrDefault(r => ReferenceEquals(r.Descriptor, rule))
                    ?? _engine.Lookup.Find(rule.Code);
        return match is null ? null : _engine.Configuration.SeverityOf(match);
    }

    /// <summary>Parses <paramref name="text"/> and runs every enabled rule in one pass. Never throws for bad Dockerfile input.</summary>
    /// <param name="text">The Dockerfile text.</param>
    /// <param name="path">The path reported in diagnostics, or null.</param>
    public LintResult Lint(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var syntax = DockerfileParser.Parse(text, path);
        return _engine.Run(syntax, path);
    }

    /// <summary>Runs every enabled rule on an already parsed file (for callers that keep the tree, such as editors).</summary>
    /// <param name="syntax">The parsed file.</param>
    /// <param name="path">The path reported in diagnostics; defaults to <see cref="SourceText.Path"/>.</param>
    public LintResult Lint(DockerfileSyntax syntax, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return _engine.Run(syntax, path ?? syntax.Source.Path);
    }

    /// <summary>The most lint-and-fix passes <see cref="Fix"/> runs before it stops.</summary>
    public const int MaxFixPasses = 10;

    /// <summary>
    /// Lints <paramref name="text"/> and applies the fixes offered, then lints the result again and repeats until no
    /// fix applies (at most <see cref="MaxFixPasses"/> passes). Fixes whose edits overlap an earlier fix wait for the next
    /// pass. Unsafe fixes (which may change the built image) are applied only with <paramref name="includeUnsafe"/>.
    /// </summary>
    /// <param name="text">The Dockerfile text.</param>
    /// <param name="path">The path reported in diagnostics, or null.</param>
    /// <param name="includeUnsafe">Also apply fixes marked <see cref="FixSafety.Unsafe"/>.</param>
    public FixResult Fix(string text, string? path = null, bool includeUnsafe = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        string current = text;
        int applied = 0, passes = 0;
        var result = Lint(current, path);
        while (passes < MaxFixPasses)
        {
            var fixes = result.Diagnostics
                .Select(d => d.Fix)
                .OfType<Fix>()
                .Where(f => includeUnsafe || f.Safety == FixSafety.Safe);
            var (next, count) = FixApplier.Apply(current, fixes);
            passes++;
            if (count == 0 || next == current) break;
            applied += count;
            current = next;
            result = Lint(current, path);
        }
        return new FixResult(text, current, applied, passes, result);
    }

    /// <summary>Reads <paramref name="path"/> as UTF-8 (a byte-order mark is skipped) and lints it.</summary>
    /// <exception cref="IOException">The file cannot be read, or it is a FIFO, socket or device (never opened: reading could wait forever or never end).</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public LintResult LintFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Context.FileTypeProbe.Probe(path) is var type && Context.FileTypeProbe.IsSpecial(type))
            throw new IOException($"{path}: not a regular file (it is {Context.FileTypeProbe.Describe(type)})");
        return Lint(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Lints several files in parallel; results are in input order. The first IO error is rethrown as is.</summary>
    public IReadOnlyList<LintResult> LintFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToArray();
        var results = new LintResult[list.Length];
        try
        {
            Parallel.For(0, list.Length, i => results[i] = LintFile(list[i]));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return results;
    }
}
