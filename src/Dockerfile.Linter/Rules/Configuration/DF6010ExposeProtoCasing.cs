using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules.Support;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6010: an EXPOSE protocol not written in lower case (BuildKit's ExposeProtoCasing).</summary>
internal sealed class DF6010ExposeProtoCasing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6010",
        Name = "expose-protocol-casing",
        Title = "EXPOSE protocols should be lower-case",
        MessageFormat = "Defined protocol '{0}' in EXPOSE instruction should be lowercase",
        Category = RuleCategory.Configuration,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Style,
        PresetRationale = "Protocol casing is cosmetics.",
        Fix = FixAvailability.Sometimes,
        FixTitle = "Write the protocol in lower case",
        Aliases = ["ExposeProtoCasing"],
        Docs = """
            ## What it does
            Reports the protocol of an `EXPOSE` port (`80/TCP`, `53/Udp`) when it is not all lower-case, like
            BuildKit's `ExposeProtoCasing` check. Ports given through variables are checked with their values when
            those are known. The fix writes a literal protocol in lower case.

            ## Why
            The builder lower-cases the protocol before storing it, so `80/TCP` and `80/tcp` mean the same; writing
            it in lower case matches what `docker inspect` shows and what other tools expect.

            ## Example
            ```dockerfile
            FROM nginx:1.27
            EXPOSE 80/TCP
            ```

            ## Use instead
            ```dockerfile
            FROM nginx:1.27
            EXPOSE 80/tcp
            ```

            ## Differences from hadolint
            hadolint has no such rule. BuildKit marks the whole instruction (its checks only record line ranges); this
            rule marks the protocol. As in
            BuildKit, `ONBUILD` triggers are skipped: the builder only expands them when a child image runs them.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<ExposeInstruction>(Check);

    private static void Check(ExposeInstruction expose, RuleContext context)
    {
        foreach (var port in expose.Ports)
        {
            var raw = port.Raw;
            if (raw.Text.Contains('$'))
            {
                foreach (var word in ExposedWords.Expand(raw, expose, context))
                {
                    string expanded = Protocol(word);
                    if (expanded != expanded.ToLowerInvariant()) context.Report(raw.Span, word);
                }
                continue;
            }
            string protocol = Protocol(raw.Text);
            string lower = protocol.ToLowerInvariant();
            if (protocol == lower || raw.Span.Length != raw.Text.Length) continue;
            var span = TextSpan.FromBounds(raw.Span.End - protocol.Length, raw.Span.End);
            context.Report(span, new Fix($"Write '{lower}'", [new TextEdit(span, lower)]), raw.Text);
        }
    }

    private static string Protocol(string port)
    {
        int colon = port.LastIndexOf(':');
        string container = colon < 0 ? port : port[(colon + 1)..];
        int slash = container.IndexOf('/');
        return slash < 0 ? "" : container[(slash + 1)..];
    }
}
