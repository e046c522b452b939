using System.Runtime.CompilerServices;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Answers "does this RUN work inside a Go module?": a <c>go.mod</c> copied into the working directory or a folder
/// above it (by name, or with a directory copy such as <c>COPY . .</c>), or made by <c>go mod init</c> in an earlier
/// RUN, in the stage or the stages it is built on. Each stage is walked once and remembered.
/// </summary>
internal static class GoModules
{
    private static readonly ConditionalWeakTable<SemanticModel, Dictionary<Instruction, bool>> Cache = new();

    /// <summary>True when the working directory of <paramref name="run"/> is at or below a folder holding a go.mod.</summary>
    public static bool IsInsideModule(RunInstruction run, RuleContext context)
    {
        var model = context.Semantics;
        var known = Cache.GetOrCreateValue(model);
        lock (known)
        {
            if (known.TryGetValue(run, out bool inside)) return inside;
            if (model.GetStage(run) is not { } stage) return false;
            Walk(stage, known, context);
            return known.GetValueOrDefault(run);
        }
    }

    private static void Walk(StageInfo stage, Dictionary<Instruction, bool> known, RuleContext context)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        string workdir = "/";
        foreach (var s in VolumePaths.Lineage(stage))
            foreach (var instruction in s.Stage.Instructions)
            {
                switch (instruction)
                {
                    case WorkdirInstruction { Path: { } path } w when context.Semantics.Expand(path, w) is { Length: > 0 } dir:
                        workdir = Absolute(dir, workdir);
                        break;
                    case FileTransferInstruction { Destination: { } destination } copy:
                        AddModuleRoots(copy, destination, workdir, roots, context);
                        break;
                    case RunInstruction run:
                        bool inside = IsAtOrBelowAny(workdir, roots);
                        if (s == stage) known[run] = inside;
                        if (!inside && context.PosixScript(run).Commands.Any(c =>
                                c.EffectiveName == "go" && c.PositionalArguments.Length >= 2
                                && c.PositionalArguments[0].Value == "mod" && c.PositionalArguments[1].Value == "init"))
                            roots.Add(workdir);
                        break;
                }
            }
    }

    private static void AddModuleRoots(FileTransferInstruction copy, Word destination, string workdir, HashSet<string> roots, RuleContext context)
    {
        if (context.Semantics.Expand(destination, copy) is not { Length: > 0 } dest) return;
        bool intoFolder = dest.EndsWith('/') || copy.Sources.Length > 1 || dest is "." or "..";
        string target = Absolute(dest, workdir);
        foreach (var source in copy.Sources)
        {
            if (context.Semantics.Expand(source, copy) is not { Length: > 0 } src) continue;
            string name = src.TrimEnd('/');
            name = name[(name.LastIndexOf('/') + 1)..];
            if (name == "go.mod" || (name.IndexOfAny(['*', '?']) >= 0
                    && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(name, "go.mod", ignoreCase: false)))
                roots.Add(intoFolder ? target : Parent(target));
            else if (name is "." or "" || src.EndsWith('/'))
                roots.Add(target); // a folder copied whole (COPY . ., COPY src/ /app/) brings its go.mod along
        }
    }

    // Looks the folder and each of its ancestors up, so the cost depends on the path's depth, not on how many roots there are.
    private static bool IsAtOrBelowAny(string folder, HashSet<string> roots)
    {
        if (roots.Count == 0) return false;
        for (string f = folder; ; f = Parent(f))
        {
            if (roots.Contains(f)) return true;
            if (f == "/") return false;
        }
    }

    private static string Absolute(string path, string workdir) =>
        VolumePaths.Normalize(path.StartsWith('/') ? path : workdir + "/" + path);

    private static string Parent(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path[..slash];
    }
}
