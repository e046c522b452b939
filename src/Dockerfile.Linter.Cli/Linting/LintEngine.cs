using System.Runtime.CompilerServices;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Parsing;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>Lints text with one <see cref="DockerfileLinter"/> per distinct effective configuration (safe across threads).</summary>
internal sealed class LintEngine
{
    private readonly ConditionalWeakTable<LinterConfiguration, DockerfileLinter> _linters = new();

    public LintResult Lint(string text, string path, LinterConfiguration configuration) =>
        Linter(configuration).Lint(text, path);

    /// <summary>
    /// Lints <paramref name="text"/> against its build context: the configured one (<paramref name="contextReason"/>
    /// says where it was given), else the one inferred for <paramref name="fileOnDisk"/>, else none (stdin without a name).
    /// </summary>
    public LintResult Lint(string text, string path, LinterConfiguration configuration, string? fileOnDisk, string contextReason)
    {
        var linter = Linter(configuration);
        var syntax = DockerfileParser.Parse(text, path);
        if (configuration.Context is { } directory)
            return linter.Lint(syntax, path, InferredBuildContext.Explicit(directory, contextReason, dockerfilePath: fileOnDisk));
        if (fileOnDisk is null) return linter.Lint(syntax, path, null);
        // The semantic model inference builds is the lint's too (one per file, not two).
        var context = linter.InferContext(fileOnDisk, syntax, out var semantics);
        return linter.Lint(syntax, path, context, semantics);
    }

    /// <summary>Applies the fixes the rules offer (see <see cref="DockerfileLinter.Fix"/>).</summary>
    public FixResult Fix(string text, string path, LinterConfiguration configuration, bool includeUnsafe) =>
        Linter(configuration).Fix(text, path, includeUnsafe);

    /// <summary>The <c>shellcheck</c> executable found on the environment's PATH, for configurations that ask for it; null: the library looks it up.</summary>
    public string? ShellCheckExecutable { get; init; }

    private DockerfileLinter Linter(LinterConfiguration configuration) =>
        _linters.GetValue(configuration, c =>
        {
            var options = c.ToLintOptions();
            return new DockerfileLinter(ShellCheckExecutable is { } executable ? options.Clone(executable) : options);
        });
}
