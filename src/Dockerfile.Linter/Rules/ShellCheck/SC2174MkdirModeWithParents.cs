using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2174: <c>mkdir -p -m MODE a/b</c> gives MODE to the last directory only.</summary>
internal sealed class SC2174MkdirModeWithParents : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2174",
        Name = "mkdir-mode-with-parents",
        Title = "With mkdir -p, -m sets the mode of the deepest directory only",
        MessageFormat = "With -p, '{0}' applies to the deepest directory only: the parents it creates get the default mode",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Off: on the corpus the parents already exist in the base image (`mkdir -p -m 755 /etc/apt/keyrings`, `-m 770 /var/opt/mssql`), so the mode lands where it was meant; warning, as in ShellCheck, where enabled.",
        Docs = """
            ## What it does
            Reports the mode option of `mkdir` (`-m 700`, `-m700`, `--mode=700`, bundled as in `-pm 700`) when
            `-p` (`--parents`) is given too and a directory argument has a parent part (it contains `/`, or is an
            expansion that may).

            ## Why
            `mkdir -p -m 700 /home/app/.ssh` creates `/home/app` with the default mode (from the umask, usually
            755) and only `.ssh` with 700. When the parents are meant to be private too, they are not. Create the
            parents first, or `chmod` every level afterwards.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN mkdir -p -m 700 /srv/app/secrets
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN mkdir -p /srv/app && mkdir -m 700 /srv/app/secrets
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too. As in ShellCheck, only
            `mkdir` itself is checked (not `sudo mkdir`).
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (command.Name != "mkdir") continue;
            ShellWord? mode = null;
            bool parents = false, nested = false, options = true;
            var args = command.Arguments;
            for (int i = 0; i < args.Length; i++)
            {
                string? v = args[i].Value;
                if (options && v == "--") { options = false; continue; }
                if (options && v is { Length: >= 2 } && v[0] == '-')
                {
                    if (v == "--parents") parents = true;
                    else if (v.StartsWith("--mode", StringComparison.Ordinal))
                    {
                        mode ??= args[i];
                        if (v == "--mode") i++;
                    }
                    else if (v[1] != '-')
                    {
                        for (int j = 1; j < v.Length; j++)
                        {
                            if (v[j] == 'p') parents = true;
                            else if (v[j] == 'm')
                            {
                                mode ??= args[i];
                                if (j == v.Length - 1) i++;
                                break;
                            }
                        }
                    }
                    continue;
                }
                if (v is null || v.Contains('/')) nested = true;
            }
            if (mode is not null && parents && nested) reporter.Report(mode.Span, null, mode.Text);
        }
    }
}
