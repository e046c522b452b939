using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules.Support;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6011: EXPOSE with an IP address or a host-port mapping (BuildKit's ExposeInvalidFormat).</summary>
internal sealed class DF6011ExposeInvalidFormat : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6011",
        Name = "expose-host-mapping",
        Title = "EXPOSE should not publish ports or bind addresses",
        MessageFormat = "EXPOSE instruction should not define an IP address or host-port mapping, found '{0}'",
        Category = RuleCategory.Configuration,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Aliases = ["ExposeInvalidFormat"],
        Docs = """
            ## What it does
            Reports an `EXPOSE` port written with a host part: an IP address or a host port (`8080:80`,
            `127.0.0.1:8080:80`, `[::1]:80:80`), like BuildKit's `ExposeInvalidFormat` check, which BuildKit
            announces will become an error.

            ## Why
            `EXPOSE` only documents which container ports the image listens on; it cannot publish a port or bind an
            address. The builder drops the host part silently, so `EXPOSE 8080:80` exposes port 80 and publishes
            nothing — publishing is done with `docker run -p`.

            ## Example
            ```dockerfile
            FROM nginx:1.27
            EXPOSE 8080:80
            ```

            ## Use instead
            ```dockerfile
            FROM nginx:1.27
            EXPOSE 80
            ```

            ## Differences from hadolint
            hadolint has no such rule. BuildKit marks the whole instruction (its checks only record line ranges); this
            rule marks the port. Ports given
            through variables are checked with their values when those are known; `ONBUILD` triggers are skipped,
            as in BuildKit.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<ExposeInstruction>(Check);

    private static void Check(ExposeInstruction expose, RuleContext context)
    {
        foreach (var port in expose.Ports)
        {
            var raw = port.Raw;
            var words = raw.Text.Contains('$') ? ExposedWords.Expand(raw, expose, context) : [raw.Text];
            foreach (var word in words)
                if (word.Contains(':')) context.Report(raw.Span, word);
        }
    }
}
