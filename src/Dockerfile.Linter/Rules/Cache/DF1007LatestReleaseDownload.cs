using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1007: a RUN downloads from a "latest" endpoint, so the version is chosen on build day.</summary>
internal sealed class DF1007LatestReleaseDownload : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1007",
        Name = "latest-release-download",
        Title = "Download a pinned version, not the latest release",
        MessageFormat = "'{0}' fetches whatever is the latest release on build day; download a pinned version (with its checksum)",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Info,
        PresetRationale = "Corpus: 178 findings, 176 of them in 71 production files, mostly aws-codebuild (eksctl, aws-sam-cli and ecs-cli from latest endpoints); all true floating versions, in tooling images: advice, like the other reproducibility rules below the gate.",
        Docs = """
            ## What it does
            Reports URLs in a `RUN` that resolve to the newest release when the build runs: GitHub's
            `…/releases/latest` (the API and the `/latest/download/` redirect), Kubernetes' `stable.txt`, and
            paths with a `latest` segment or file name (`…/latest/tool.tar.gz`, `wordpress.org/latest.tar.gz`,
            `…-latest.noarch.rpm`).

            ## Why
            A version looked up at build time is a floating tag: the same Dockerfile builds a different image
            next week, a cached layer hides the change while a fresh builder picks it up, and a checksum cannot be
            pinned for a file that changes. Name the version (an `ARG` makes upgrades one line) and check it.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN curl -fsSLo /usr/local/bin/yq https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64 \
                && chmod +x /usr/local/bin/yq
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            ARG YQ_VERSION=v4.44.3
            RUN curl -fsSLo /usr/local/bin/yq "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_amd64" \
                && chmod +x /usr/local/bin/yq
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        foreach (var command in context.PosixScript(run).Commands)
            foreach (var word in command.Arguments)
            {
                string text = word.UnquotedText;
                int scheme = text.IndexOf("://", StringComparison.Ordinal);
                if (scheme <= 0 || !IsLatestEndpoint(text.AsSpan(scheme + 3))) continue;
                context.Report(word.Span, text.Length > 80 ? text[..77] + "..." : text);
            }
    }

    /// <summary>True when the URL (after the scheme) names a moving "latest" release.</summary>
    internal static bool IsLatestEndpoint(ReadOnlySpan<char> hostAndPath)
    {
        // Segment by segment on the text itself: every URL of every RUN comes here, and few name a latest release.
        int end = hostAndPath.IndexOfAny('?', '#');
        var path = end < 0 ? hostAndPath : hostAndPath[..end];
        int slash = path.IndexOf('/');
        if (slash < 0) return false;                       // segment 0 is the host
        for (var rest = path[(slash + 1)..]; ; )
        {
            int next = rest.IndexOf('/');
            if (IsLatestSegment(next < 0 ? rest : rest[..next])) return true;
            if (next < 0) return false;
            rest = rest[(next + 1)..];
        }
    }

    private static bool IsLatestSegment(ReadOnlySpan<char> segment)
    {
        Span<char> lower = segment.Length <= 256 ? stackalloc char[segment.Length] : new char[segment.Length];
        segment.ToLowerInvariant(lower);
        ReadOnlySpan<char> s = lower;
        if (s is "latest" or "stable.txt" or "latest.txt" or "latest_release" or "latest-release") return true;
        if (s.StartsWith("latest.", StringComparison.Ordinal) || s.StartsWith("latest-", StringComparison.Ordinal)
            || s.StartsWith("latest_", StringComparison.Ordinal)) return true;
        return s.Contains("-latest", StringComparison.Ordinal) || s.Contains("_latest", StringComparison.Ordinal);
    }
}
