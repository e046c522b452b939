using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4007: curl/wget output piped straight into a shell or interpreter.</summary>
internal sealed partial class DF4007RemoteScriptPipedToShell : Rule
{
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

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        foreach (var script in ScriptText.Of(run, run.Command))
        {
            var commands = CommandText.Split(script.Text);
            for (int i = 0; i + 1 < commands.Count; i++)
            {
                var download = commands[i];
                if (download.Terminator != "|" || !Downloaders.Contains(download.Program)) continue;
                // the download may pass through filters (| tr -d '\r' | sh); follow the pipeline
                for (int j = i + 1; j < commands.Count; j++)
                {
                    var next = commands[j];
                    if (Interpreters.Contains(StripVersion(next.Program)))
                    {
                        var shell = next.Words[next.ProgramIndex];
                        int start = download.Words[0].Start;
                        Report(context, script, start, shell.End);
                        break;
                    }
                    if (next.Terminator != "|") break;
                }
            }
            foreach (Match m in SubstitutedDownload().Matches(script.Text))
                Report(context, script, m.Index, m.Index + m.Length);
        }
    }

    private static void Report(RuleContext context, ScriptText script, int start, int end)
    {
        string text = script.Text[start..end];
        if (text.Length > 60) text = text[..57] + "...";
        context.Report(script.ToSource(start, end - start), text.ReplaceLineEndings(" "));
    }

    private static string StripVersion(string program) => program.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.');

    [GeneratedRegex(@"\b(?:ba|z|da|k)?sh\s+(?:-\w+\s+)*(?:-c\s+)?[""']?(?:\$\(|<\(|`)\s*(?:curl|wget)\b")]
    private static partial Regex SubstitutedDownload();
}
