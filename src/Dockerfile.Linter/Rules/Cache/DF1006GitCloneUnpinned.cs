using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1006: <c>git clone</c> in a RUN takes a branch head, and nothing pins a tag or commit.</summary>
internal sealed class DF1006GitCloneUnpinned : Rule
{
    private static readonly HashSet<string> BranchNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "main", "master", "develop", "development", "dev", "trunk", "HEAD", "latest", "stable", "nightly", "next",
    };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1006",
        Name = "git-clone-unpinned",
        Title = "Pin the tag or commit of git clone",
        MessageFormat = "'git clone' of '{0}' {1}, whatever it points to on build day; clone a tag (--branch v1.2.3) or check out a commit",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Info,
        PresetRationale = "Corpus: 188 findings, 128 of them in 61 production files (rbenv, ruby-build, tj/n, php-amqp cloned at their head); real reproducibility problems, but tools built from source in CI images rather than broken builds: advice.",
        Docs = """
            ## What it does
            Reports `git clone <url>` in a `RUN` when the clone follows a moving head: no `--branch`/`-b`, or a
            branch such as `main`, `master` or `develop`, and no later `git checkout <ref>`, `git reset --hard
            <ref>` or `git switch --detach <ref>` in the same stage pins it. `--branch v1.2.3` (a tag), a
            `--revision`, or a ref from a variable (`--branch "$VERSION"`) count as pinned.

            ## Why
            The clone takes whatever the branch points to when the layer is built. The same Dockerfile builds
            different code on different days, a cached layer keeps old code while a fresh builder gets new code,
            and an upstream push (or a compromised repository) reaches your image unreviewed.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates \
                && git clone --depth 1 https://github.com/example/tool.git /opt/tool
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            ARG TOOL_VERSION=v1.4.2
            RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates \
                && git clone --depth 1 --branch "${TOOL_VERSION}" https://github.com/example/tool.git /opt/tool
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    // A clone is pinned when any later command of the stage pins a ref. Two passes over the stage's commands (the
    // second only when an unpinned clone exists) instead of one list of them all: a stage of a million RUNs is not
    // kept in memory at once, and no clone rescans the rest of the stage.
    private static void Check(Stage stage, RuleContext context)
    {
        int index = 0, lastPin = -1, lastClone = -1;
        foreach (var command in CommandsOf(stage, context))
        {
            if (PinsRef(command)) lastPin = index;
            if (UnpinnedClone(command) is not null) lastClone = index;
            index++;
        }
        if (lastClone < 0 || lastClone < lastPin) return;
        index = 0;
        foreach (var command in CommandsOf(stage, context))
        {
            // the last pin pins only what comes before it, not itself
            if (index++ >= lastPin && UnpinnedClone(command) is { } found)
                context.Report(found.Url.Span, Shorten(found.Url.UnquotedText), found.Problem);
        }
    }

    private static IEnumerable<ShellCommand> CommandsOf(Stage stage, RuleContext context)
    {
        foreach (var instruction in stage.Instructions)
            if (instruction is RunInstruction run)
                foreach (var command in context.PosixScript(run).Commands)
                    yield return command;
    }

    /// <summary>The URL of a <c>git clone</c> that takes a moving head and why, or null.</summary>
    private static (ShellWord Url, string Problem)? UnpinnedClone(ShellCommand command)
    {
        var clone = command.Effective;
        if (clone.BaseName != "git" || clone.Subcommand != "clone") return null;
        var url = clone.PositionalArguments.Skip(1).FirstOrDefault();
        return url is not null && Problem(clone) is { } problem ? (url, problem) : null;
    }

    /// <summary>Why the clone is not pinned, or null when it is.</summary>
    private static string? Problem(ShellCommand clone)
    {
        if (clone.Arguments.Any(a => a.UnquotedText.StartsWith("--revision", StringComparison.Ordinal))) return null;
        var branch = clone.GetFlag("b", "branch");
        if (branch is null) return "takes the head of the default branch";
        if (branch.ValueWord is { } word && !word.IsStatic) return null;     // a version from an ARG
        if (branch.Value is { } value && BranchNames.Contains(value)) return $"takes the head of branch '{value}'";
        return null;
    }

    /// <summary>A later checkout, reset or detached switch to a ref that is not a branch name.</summary>
    private static bool PinsRef(ShellCommand command)
    {
        var git = command.Effective;
        if (git.BaseName != "git") return false;
        var positionals = git.PositionalArguments;
        int sub = -1;
        for (int i = 0; i < positionals.Length; i++)
            if (positionals[i].UnquotedText is "checkout" or "reset" or "switch") { sub = i; break; }
        if (sub < 0) return false;
        var refs = positionals.Skip(sub + 1).Where(p => p.UnquotedText != "--").ToList();
        // a new branch (checkout -b, switch -c) pins nothing
        int after = git.Arguments.IndexOf(positionals[sub]);
        if (git.Arguments.Skip(after + 1).Any(a => a.UnquotedText is "-b" or "-B" or "-c" or "-C" or "--orphan")) return false;
        return refs.Count > 0 && (!refs[0].IsStatic || !BranchNames.Contains(refs[0].UnquotedText));
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..77] + "..." : text;
}
