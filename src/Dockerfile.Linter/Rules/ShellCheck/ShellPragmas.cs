using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<DockerfileSyntax, (int Offset, string Shell)[]> Cache = new();

    [GeneratedRegex(@"^\s*#\s*hadolint\s+shell\s*=\s*(?<shell>\S+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pragma();

    /// <summary>The shell a pragma names for <paramref name="run"/>, or null when none applies.</summary>
    public static string? ShellAt(SemanticModel semantics, RunInstruction run)
    {
        var syntax = semantics.Syntax;
        var pragmas = Cache.GetValue(syntax, Find);
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
