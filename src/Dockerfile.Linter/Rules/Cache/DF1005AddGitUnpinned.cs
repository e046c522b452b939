using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1005: <c>ADD</c> of a git repository without a pinned ref.</summary>
internal sealed class DF1005AddGitUnpinned : Rule
{
    private static readonly HashSet<string> BranchNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "main", "master", "develop", "dev", "trunk", "HEAD", "latest", "stable",
    };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1005",
        Name = "add-git-unpinned",
        Title = "Pin the ref of ADD git sources",
        MessageFormat = "ADD of git repository '{0}' {1}; pin a tag or commit with '#<ref>' (or use --checksum=<commit>)",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports an `ADD` source that is a git repository (`git@host:…`, `git://`, `ssh://`, or an http(s) URL
            ending in `.git`) when it has no `#<ref>` fragment, or when the fragment names a moving branch such
            as `main`, `master` or `develop`. An instruction with `--checksum` (the expected commit) is accepted.

            ## Why
            Without a pinned ref the builder clones whatever the default branch points to at build time: builds
            are not reproducible, and the build cache may keep serving an old clone or refetch a new one
            unexpectedly. A tag or commit hash makes the input explicit.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ADD https://github.com/moby/buildkit.git /src/buildkit
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            ADD https://github.com/moby/buildkit.git#v0.16.0 /src/buildkit
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<AddInstruction>(Check);

    private static void Check(AddInstruction add, RuleContext context)
    {
        foreach (var (source, value) in UncheckedAddSources.Of(add, context))
        {
            if (!RemoteSource.IsGitUrl(value)) continue;
            int hash = value.IndexOf('#');
            if (hash < 0) { context.Report(source.Span, value, "has no ref"); continue; }
            string reference = value[(hash + 1)..].Split(':')[0];
            if (reference.Length == 0) context.Report(source.Span, value, "has an empty ref");
            else if (BranchNames.Contains(reference) || reference.StartsWith("refs/heads/", StringComparison.Ordinal))
                context.Report(source.Span, value, $"follows the branch '{reference}'");
        }
    }
}
