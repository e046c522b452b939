using System.Text.RegularExpressions;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// hadolint's <c># hadolint shell=NAME</c> comments, which tell its ShellCheck run which shell a stage uses: before
/// the first FROM for every stage, later for the rest of the current stage.
/// </summary>
internal static partial class ShellPragmas
{
    // The pragmas of the file this thread asked about last: every RUN of a file asks, one file after another. A
    // weak reference, so that the cache does not keep a linted file alive; no table entry (and lock) per file.
    [ThreadStatic] private static WeakReference<DockerfileSyntax>? t_lastSyntax;
    [ThreadStatic] private static (int Offset, string Shell)[]? t_lastPragmas;

    [GeneratedRegex(@"^\s*#\s*hadolint\s+shell\s*=\s*(?<shell>\S+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pragma();

    /// <summary>The shell a pragma names for <paramref name="run"/>, or null when none applies.</summary>
    public static string? ShellAt(SemanticModel semantics, RunInstruction run)
    {
        var syntax = semantics.Syntax;
        var pragmas = PragmasOf(syntax);
        if (pragmas.Length == 0) return null;
        int stageStart = semantics.GetStage(run)?.Stage.From.Span.Start ?? 0;
        int firstFrom = syntax.Instructions.OfType<FromInstruction>().FirstOrDefault()?.Span.Start ?? int.MaxValue;
        string? shell = null;
        foreach (var (offset, name) in pragmas)
        {
            if (offset >= run.Span.Start) break;
            if (offset < firstFrom || offset > stageStart) shell = name;
        }
        return shell;
    }

    private static (int Offset, string Shell)[] PragmasOf(DockerfileSyntax syntax)
    {
        if (t_lastPragmas is { } known && t_lastSyntax is { } last && last.TryGetTarget(out var lastSyntax) && ReferenceEquals(lastSyntax, syntax))
            return known;
        var pragmas = Find(syntax);
        if (t_lastSyntax is null) t_lastSyntax = new WeakReference<DockerfileSyntax>(syntax);
        else t_lastSyntax.SetTarget(syntax);
        t_lastPragmas = pragmas;
        return pragmas;
    }

    private static (int, string)[] Find(DockerfileSyntax syntax)
    {
        var found = new List<(int, string)>();
        foreach (var comment in syntax.Comments)
        {
            var text = syntax.Source.Text.AsSpan(comment.Span.Start, comment.Span.Length);
            if (text.IndexOf("shell", StringComparison.OrdinalIgnoreCase) < 0) continue;
            var match = Pragma().Match(text.ToString());
            if (match.Success) found.Add((comment.Span.Start, match.Groups["shell"].Value));
        }
        return [.. found];
    }
}
