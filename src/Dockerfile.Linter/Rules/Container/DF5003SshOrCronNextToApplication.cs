using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF5003: sshd or cron started next to the application in CMD/ENTRYPOINT.</summary>
internal sealed class DF5003SshOrCronNextToApplication : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF5003",
        Name = "ssh-or-cron-next-to-application",
        Title = "SSH server or cron started next to the application",
        MessageFormat = "'{0}' starts an SSH server or cron daemon next to the application; use docker exec for shells and a separate container or scheduler for jobs",
        Category = RuleCategory.Container,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports a `CMD` or `ENTRYPOINT` that starts `sshd` or a cron daemon (`cron`, `crond`, `anacron`; directly or
            with `service … start`, `/etc/init.d/… start`, `rc-service`) together with another process. A container
            that runs only `crond -f` or only `sshd -D` is not reported.

            With a build context, the same check runs on the shell scripts an `ENTRYPOINT` or `CMD` runs after a `COPY`
            took them from the context (`ENTRYPOINT ["/docker-entrypoint.sh"]`): the finding points at the script's
            line, with the instruction that runs it as related location.

            ## Why
            An SSH server beside the application is a second network-facing process with its own credentials;
            `docker exec` / `kubectl exec` give shell access without it. A cron daemon beside the application runs
            jobs whose failures and logs nobody sees, and scaling the application multiplies the jobs. Use the
            orchestrator's scheduler (Kubernetes CronJob, a separate container) instead.

            ## Example
            ```dockerfile
            FROM python:3.12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends cron
            CMD cron && exec gunicorn app:app
            ```

            ## Use instead
            ```dockerfile
            FROM python:3.12-slim
            CMD ["gunicorn", "app:app"]
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => StartScripts.Register(registrar, Check);

    private static IEnumerable<StartScripts.Finding> Check(ShellScript script, SourceText source)
    {
        var daemons = Daemons(script);
        if (daemons.Count == 0) return [];
        var findings = new StartScripts.Finding[daemons.Count];
        for (int i = 0; i < findings.Length; i++)
            findings[i] = new StartScripts.Finding(daemons[i].Span, SecretValueText.MaskSecrets(source.GetText(daemons[i].Span)).ReplaceLineEndings(" "));
        return findings;
    }

    // Most scripts start no daemon: the list is made only for one that does.
    private static IReadOnlyList<ShellCommand> Daemons(ShellScript script)
    {
        List<ShellCommand>? daemons = null;
        foreach (var command in script.Commands)
            if (StartScripts.RunsInScript(command) && ContainerCommands.StartsSshOrCron(command)) (daemons ??= []).Add(command);
        if (daemons is null) return [];
        bool other = false;
        foreach (var command in script.Commands)
            if (StartScripts.RunsInScript(command) && !daemons.Contains(command) && !ContainerCommands.IsHelper(command)) other = true;
        return !other && daemons.Count < 2 ? [] : daemons;
    }
}
