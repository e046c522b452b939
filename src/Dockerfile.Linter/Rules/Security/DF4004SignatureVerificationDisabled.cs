using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4004: package signature checks switched off (apt --allow-unauthenticated, yum --nogpgcheck, …).</summary>
internal sealed class DF4004SignatureVerificationDisabled : Rule
{
    private static readonly string[] Switches =
    [
        "--allow-unauthenticated", "--allow-insecure-repositories", "--allow-downgrades-unauthenticated",
        "--nogpgcheck", "--no-gpg-checks", "--nosignature", "--nodigest", "--allow-untrusted", "--no-gpgcheck",
    ];

    private static readonly string[] ConfigSettings =
    [
        "apt::get::allowunauthenticated=true", "apt::get::allowunauthenticated=1",
        "acquire::allowinsecurerepositories=true", "acquire::allowinsecurerepositories=1",
        "apt::get::allowunauthenticated \"true\"", "repo_gpgcheck=0", "gpgcheck=0", "gpgcheck=false",
    ];

    private static readonly string[] SettingsInWords = [.. ConfigSettings, "[trusted=yes]"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4004",
        Name = "package-signature-verification-disabled",
        Title = "Package signature verification disabled",
        MessageFormat = "'{0}' turns off package signature checks; import the repository's signing key instead",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports switches and settings that make a package manager install unsigned or unverifiable packages:
            `apt-get --allow-unauthenticated`, `--allow-insecure-repositories`, `-o APT::Get::AllowUnauthenticated=true`,
            `[trusted=yes]` sources, `yum`/`dnf`/`microdnf --nogpgcheck`, `zypper --no-gpg-checks`,
            `rpm --nosignature`/`--nodigest`, `apk --allow-untrusted`, and `gpgcheck=0` written into a repository file.

            ## Why
            Signatures are what proves a package comes from the repository's owner. Without them a mirror, proxy or
            attacker on the network can substitute any package and the build installs it as root.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --allow-unauthenticated internal-tool
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            COPY internal-archive-keyring.gpg /usr/share/keyrings/internal-archive-keyring.gpg
            RUN apt-get update && apt-get install -y internal-tool
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        foreach (var command in context.PosixScript(run).Commands)
            foreach (var word in command.Words)
            {
                string text = word.UnquotedText;
                // Every switch starts with "--" and every setting holds '=' or '"': skip the rest of the words cheaply.
                if (text.StartsWith("--", StringComparison.Ordinal) && Switches.Contains(text.ToLowerInvariant()))
                {
                    context.Report(word.Span, text);
                    continue;
                }
                // settings inside a larger word (an echoed repository file): point at the setting itself
                if (text.AsSpan().IndexOfAny('=', '"') < 0) continue;
                foreach (var setting in SettingsInWords)
                {
                    int at = text.IndexOf(setting, StringComparison.OrdinalIgnoreCase);
                    if (at < 0 || (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]) && setting[0] != '['
                            && !(at >= 2 && text[at - 2] == '\\'))) continue;
                    context.Report(word.GetSpanOfUnquoted(at, setting.Length), text.Substring(at, setting.Length));
                    break;
                }
            }
    }
}
