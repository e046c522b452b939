using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4007: curl/wget output piped straight into a shell or interpreter.</summary>
internal sealed class DF4007RemoteScriptPipedToShell : Rule
{
    private static readonly char[] VersionCharacters = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'];

    private static readonly HashSet<string> Downloaders = ["curl", "wget", "fetch"];

    private static readonly HashSet<string> Interpreters =
        ["sh", "bash", "zsh", "dash", "ash", "ksh", "python", "python2", "python3", "perl", "ruby", "node", "php", "pwsh"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4007",
        Name = "remote-script-piped-to-shell",
        Title = "Remote script piped into a shell",
        MessageFormat = "'{0}' runs a script straight from the network without checking it; download it, verify its checksum or signature, then run it",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports `curl … | sh`, `wget -O- … | bash`, `curl … | python3 -` and the like (the downloader's output piped
            into a shell or script interpreter, `sudo` included), as well as `sh -c "$(curl …)"` and `bash <(curl …)`.

            With a build context, the same check runs on the shell scripts a `RUN`, `ENTRYPOINT` or `CMD` runs after a
            `COPY` took them from the context (`RUN ./install.sh`): the finding points at the script's line, with the
            instruction that runs it as related location.

            ## Why
            The script runs as soon as it arrives: nothing checks that it is the script you reviewed, a truncated
            download runs half a script, and the build is not reproducible because the server can change the script
            at any time. Downloading to a file and checking a pinned checksum (or signature) first avoids all three.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y curl && curl -fsSL https://get.example.com/install.sh | sh
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            ARG INSTALL_SH_SHA256=4f0c3b8a9d3a7a8c1b9e2f6d5c4b3a29181716151413121110090807060504ab
            RUN apt-get update && apt-get install -y curl \
                && curl -fsSLo /tmp/install.sh https://get.example.com/install.sh \
                && echo "${INSTALL_SH_SHA256}  /tmp/install.sh" | sha256sum -c - \
                && sh /tmp/install.sh && rm /tmp/install.sh
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<RunInstruction>(Check);
        registrar.OnFollowedScript(CheckScript);
    }

    private static void Check(RunInstruction run, RuleContext context)
    {
        foreach (var span in Find(context.PosixScript(run))) context.Report(span, Quote(context.Source.GetText(span)));
    }

    // A script copied into the image that pipes a download into a shell does it at build time (RUN) or at every start.
    private static void CheckScript(FollowedScript script, FollowedScriptContext context)
    {
        foreach (var span in Find(script.Script)) context.Report(span, Quote(context.Source.GetText(span)));
    }

    private static IEnumerable<TextSpan> Find(ShellScript script)
    {
        foreach (var pipeline in script.Pipelines)
        {
            if (!pipeline.HasPipe) continue;
            var commands = pipeline.Commands;
            for (int i = 0; i < commands.Length; i++)
            {
                if (!Downloaders.Contains(commands[i].EffectiveName)) continue;
                // the download may pass through filters (| tr -d '\r' | sh) before it reaches the interpreter
                var interpreter = commands.Skip(i + 1).FirstOrDefault(c => Interpreters.Contains(StripVersion(c.EffectiveName)));
                if (interpreter?.Effective.NameWord is { } name)
                    yield return TextSpan.FromBounds(commands[i].Span.Start, name.Span.End);
                break;
            }
        }
        // sh -c "$(curl …)", bash <(curl …): the download runs inside a substitution used by an interpreter
        var all = script.Commands;
        for (int i = 0; i < all.Length; i++)
        {
            var download = all[i];
            if (download.Context is not (ShellCommandContext.CommandSubstitution or ShellCommandContext.ProcessSubstitution)
                || !Downloaders.Contains(download.EffectiveName) || download.Effective.NameWord is not { } downloadName)
                continue;
            var user = all.Skip(i + 1).FirstOrDefault(c => c.Span.Start <= download.Span.Start && download.Span.End <= c.Span.End
                && c.Context is not (ShellCommandContext.CommandSubstitution or ShellCommandContext.ProcessSubstitution));
            if (user is not null && Interpreters.Contains(StripVersion(user.EffectiveName)))
                // the whole interpreter command, so the quoted text in the message is balanced: bash -c "$(curl …)"
                yield return TextSpan.FromBounds(user.Effective.NameWord?.Span.Start ?? user.Span.Start, user.Span.End);
        }
    }

    private static string Quote(string source)
    {
        string text = SecretValueText.MaskSecrets(source).ReplaceLineEndings(" ");
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "\\"));
        return text.Length > 60 ? text[..57] + "..." : text;
    }

    private static string StripVersion(string program) => program.TrimEnd(VersionCharacters);
}
