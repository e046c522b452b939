using System.Runtime.ExceptionServices;
using System.Text;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter;

/// <summary>
/// Parses and lints Dockerfiles. Create one per configuration and reuse it: it is safe to use from several threads.
/// </summary>
public sealed class DockerfileLinter
{
    private readonly RuleEngine _engine;
    private readonly BuildContextInferrer _inferrer = new();

    /// <summary>Creates a linter with <paramref name="options"/> (defaults when null) and <paramref name="rules"/> (<see cref="RuleRegistry.All"/> when null).</summary>
    /// <remarks>The options are checked here, so a typo fails at once rather than being silently ignored.</remarks>
    /// <exception cref="ArgumentException">
    /// Two rules share a code (a custom rule passed twice, or one reusing a built-in code); or the options name a rule
    /// that does not exist (in <see cref="LintOptions.Ignore"/>, <see cref="LintOptions.Enable"/>,
    /// <see cref="LintOptions.SeverityOverrides"/> or <see cref="LintOptions.RuleSettings"/>), a setting the rule does
    /// not have, or a setting value it cannot use. The message lists every problem, with suggestions.
    /// </exception>
    public DockerfileLinter(LintOptions? options = null, IEnumerable<Rule>? rules = null)
    {
        Options = options ?? LintOptions.Default;
        _engine = new RuleEngine(Options, rules ?? RuleRegistry.All);
    }

    /// <summary>The options in use.</summary>
    public LintOptions Options { get; }

    /// <summary>Every rule this linter knows (enabled or not), sorted by code.</summary>
    public IReadOnlyList<RuleDescriptor> Rules => _engine.AllRules.Select(r => r.Descriptor).ToList();

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
        return Lint(DockerfileParser.Parse(text, path), path, null);
    }

    /// <summary>
    /// Parses <paramref name="text"/> and lints it against <paramref name="buildContext"/> (from
    /// <see cref="BuildContextInferrer"/> or <see cref="InferredBuildContext.Explicit"/>), which wins over the
    /// context options; null falls back to them.
    /// </summary>
    /// <param name="text">The Dockerfile text.</param>
    /// <param name="path">The path reported in diagnostics, or null.</param>
    /// <param name="buildContext">The build context to check against, or null.</param>
    public LintResult Lint(string text, string? path, InferredBuildContext? buildContext)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Lint(DockerfileParser.Parse(text, path), path, buildContext);
    }

    /// <summary>Runs every enabled rule on an already parsed file (for callers that keep the tree, such as editors).</summary>
    /// <param name="syntax">The parsed file.</param>
    /// <param name="path">The path reported in diagnostics; defaults to <see cref="SourceText.Path"/>.</param>
    public LintResult Lint(DockerfileSyntax syntax, string? path = null) => Lint(syntax, path, null);

    /// <summary>Runs every enabled rule on an already parsed file against <paramref name="buildContext"/> (null: the context options).</summary>
    /// <param name="syntax">The parsed file.</param>
    /// <param name="path">The path reported in diagnostics; defaults to <see cref="SourceText.Path"/>.</param>
    /// <param name="buildContext">The build context to check against, or null.</param>
    public LintResult Lint(DockerfileSyntax syntax, string? path, InferredBuildContext? buildContext)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        path ??= syntax.Source.Path;
        Lazy<SemanticModel>? semantics = null;
        if (buildContext is null && Options is { InferBuildContext: true, ContextDirectory: null, BuildContext: null }
            && path is not null && File.Exists(path))
            buildContext = InferContext(path, syntax, out semantics);
        return _engine.Run(syntax, path, buildContext, _inferrer, semantics);
    }

    /// <summary>
    /// Infers the build context of <paramref name="syntax"/> at <paramref name="dockerfilePath"/>, handing out the semantic
    /// model inference may build so that linting the same tree (<see cref="Lint(DockerfileSyntax, string?, InferredBuildContext?, Lazy{SemanticModel}?)"/>)
    /// does not build a second one.
    /// </summary>
    internal InferredBuildContext InferContext(string dockerfilePath, DockerfileSyntax syntax, out Lazy<SemanticModel>? semantics)
    {
        // The lint's model takes the build arguments into account; inference reads the file without them.
        semantics = Options.BuildArgs.Count == 0 ? new Lazy<SemanticModel>(() => SemanticModel.Create(syntax), LazyThreadSafetyMode.None) : null;
        return _inferrer.Infer(dockerfilePath, syntax, semantics);
    }

    /// <summary>Lints <paramref name="syntax"/> against <paramref name="buildContext"/>, reusing <paramref name="semantics"/> from <see cref="InferContext"/>.</summary>
    internal LintResult Lint(DockerfileSyntax syntax, string? path, InferredBuildContext? buildContext, Lazy<SemanticModel>? semantics)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return _engine.Run(syntax, path ?? syntax.Source.Path, buildContext, _inferrer, semantics);
    }

    /// <summary>The inferrer this linter uses for <see cref="LintOptions.InferBuildContext"/>; it caches what it reads from disk.</summary>
    public BuildContextInferrer ContextInferrer => _inferrer;

    /// <summary>The most lint-and-fix passes <see cref="Fix"/> runs before it stops.</summary>
    public const int MaxFixPasses = 10;

    /// <summary>
    /// Lints <paramref name="text"/> and applies the fixes offered, then lints the result again and repeats until no
    /// fix applies (at most <see cref="MaxFixPasses"/> passes). Conflicts are resolved the same way every time: fixes
    /// are taken in the order of their first edit, and one whose edits overlap a fix already taken waits for the next
    /// pass. In a file whose lines all end with CRLF, the line breaks that fixes insert are CRLF too, and a leading
    /// byte-order mark is never edited away. A fix after which
    /// the text has more parse errors than before is not applied (see
    /// <see cref="FixResult.RejectedFixes"/>). Unsafe fixes (which may change the built image) are applied only with
    /// <paramref name="includeUnsafe"/>.
    /// </summary>
    /// <param name="text">The Dockerfile text.</param>
    /// <param name="path">The path reported in diagnostics, or null.</param>
    /// <param name="includeUnsafe">Also apply fixes marked <see cref="FixSafety.Unsafe"/>.</param>
    public FixResult Fix(string text, string? path = null, bool includeUnsafe = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        string current = text;
        int applied = 0, rejected = 0, passes = 0;
        var result = Lint(current, path);
        int parseErrors = ParseErrors(result.Syntax);
        while (passes < MaxFixPasses)
        {
            var fixes = result.Diagnostics
                .Select(d => d.Fix)
                .OfType<Fix>()
                .Where(f => includeUnsafe || f.Safety == FixSafety.Safe)
                .Select(f => FixApplier.AdaptTo(current, f))
                .ToList();
            passes++;
            var (next, count) = FixApplier.Apply(current, fixes);
            rejected = 0;
            if (count == 0 || next == current) break;
            var nextResult = Lint(next, path);
            if (ParseErrors(nextResult.Syntax) > parseErrors)
            {
                (next, count, rejected) = ApplyKeepingSyntax(current, fixes, path, parseErrors);
                if (count == 0 || next == current) break;
                nextResult = Lint(next, path);
            }
            applied += count;
            current = next;
            result = nextResult;
            parseErrors = ParseErrors(result.Syntax);
        }
        return new FixResult(text, current, applied, passes, result, rejected);
    }

    /// <summary>Applies the fixes one at a time, in order, keeping each only if the text parses as well as before.</summary>
    private static (string Text, int Applied, int Rejected) ApplyKeepingSyntax(string text, List<Fix> fixes, string? path, int parseErrors)
    {
        var kept = new List<Fix>();
        int rejected = 0;
        foreach (var fix in FixApplier.InApplyOrder(fixes))
        {
            var (candidate, count) = FixApplier.Apply(text, [.. kept, fix]);
            if (count <= kept.Count) continue;   // overlaps a kept fix: it waits for the next pass
            if (ParseErrors(DockerfileParser.Parse(candidate, path)) > parseErrors) rejected++;
            else kept.Add(fix);
        }
        var (result, applied) = FixApplier.Apply(text, kept);
        return (result, applied, rejected);
    }

    private static int ParseErrors(DockerfileSyntax syntax) => syntax.Diagnostics.Count(d => d.Severity == Severity.Error);

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
