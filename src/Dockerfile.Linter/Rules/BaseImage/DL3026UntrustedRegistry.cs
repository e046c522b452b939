using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3026: an image from a registry that is not in the trusted list.</summary>
internal sealed class DL3026UntrustedRegistry : Rule
{
    private static readonly string[] DockerHubNames = ["docker.io", "hub.docker.com", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3026",
        Name = "untrusted-registry",
        Title = "Use only images from trusted registries",
        MessageFormat = "Image '{0}' comes from registry '{1}', which is not in the trusted registries",
        Category = RuleCategory.BaseImage,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        ExampleConfiguration = "trusted-registries: [registry.example.com]\n",
        Docs = """
            ## What it does
            When trusted registries are configured, reports every image pulled from another registry: `FROM` images,
            `COPY --from=<image>` and `RUN --mount=…,from=<image>`. Stage names and `scratch` are not images. An image
            without a registry comes from Docker Hub (`docker.io`). Does nothing while no trusted registry is
            configured.

            ## Why
            Organisations often allow base images only from registries they mirror and scan; an image from anywhere
            else bypasses that control.

            ## Example
            ```dockerfile
            FROM docker.io/library/alpine:3.20
            RUN echo hello
            ```

            ## Use instead
            ```dockerfile
            FROM registry.example.com/library/alpine:3.20
            RUN echo hello
            ```

            ## Differences from hadolint
            hadolint only recognises a registry whose name contains a dot, so `localhost:5000/app` counts as Docker
            Hub there; here a `host:port` or `localhost` prefix is a registry too. Image names in variables are
            resolved with their ARG defaults. A numeric `--from=0` is a stage index, not an image.

            ## Options
            `TrustedRegistries` (hadolint's `trustedRegistries`): exact names (case-insensitive), `*`, `*.suffix` or
            `prefix*`. Docker Hub may be written `docker.io` or `hub.docker.com`.
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<FromInstruction>(CheckFrom);
        registrar.OnInstruction<CopyInstruction>(CheckCopy);
        registrar.OnInstruction<RunInstruction>(CheckRun);
    }

    private static void CheckFrom(FromInstruction from, RuleContext context)
    {
        if (context.Options.TrustedRegistries.Count == 0 || from.Image is not { } image) return;
        string? value = context.Semantics.Expand(image.Text, from);
        if (string.IsNullOrEmpty(value) || value.Equals("scratch", StringComparison.OrdinalIgnoreCase) || context.IsNamedContext(value)) return;
        if (context.Semantics.GetStage(from) is { } stage && context.Semantics.FindStage(value, stage) is not null) return;
        CheckImage(value, image.Span, context);
    }

    private static void CheckCopy(CopyInstruction copy, RuleContext context)
    {
        if (context.Options.TrustedRegistries.Count == 0) return;
        if (copy.From is not { Value: { } raw } flag) return;
        CheckSource(raw, flag.ValueSpan ?? flag.Span, copy, context);
    }

    private static void CheckRun(RunInstruction run, RuleContext context)
    {
        if (context.Options.TrustedRegistries.Count == 0) return;
        foreach (var mount in run.Mounts)
            if (mount.Get("from") is { Length: > 0 } raw) CheckSource(raw, mount.Flag.Span, run, context);
    }

    private static void CheckSource(string raw, TextSpan span, Instruction at, RuleContext context)
    {
        string? value = raw.Contains('$') ? context.Semantics.Expand(raw, at) : raw;
        if (string.IsNullOrEmpty(value) || value.Equals("scratch", StringComparison.OrdinalIgnoreCase)) return;
        if (context.Semantics.FindStage(value) is not null || value.All(char.IsAsciiDigit) || context.IsNamedContext(value)) return;
        CheckImage(value, span, context);
    }

    private static void CheckImage(string image, TextSpan span, RuleContext context)
    {
        string registry = DockerfileParser.ParseImageReference(image, span).Registry ?? "docker.io";
        bool isHub = DockerHubNames.Contains(registry, StringComparer.OrdinalIgnoreCase);
        foreach (string pattern in context.Options.TrustedRegistries)
        {
            if (Matches(pattern, registry)) return;
            if (isHub && DockerHubNames.Any(name => Matches(pattern, name))) return;
        }
        context.Report(span, image, registry);
    }

    private static bool Matches(string pattern, string registry)
    {
        pattern = pattern.Trim();
        if (pattern == "*") return true;
        if (pattern.StartsWith("*.", StringComparison.Ordinal))
            return registry.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase);
        if (pattern.EndsWith('*'))
            return registry.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase);
        return registry.Equals(pattern, StringComparison.OrdinalIgnoreCase);
    }
}
