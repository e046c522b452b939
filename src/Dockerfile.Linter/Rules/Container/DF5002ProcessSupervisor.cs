using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF5002: a process supervisor or init system as the container's main process.</summary>
internal sealed class DF5002ProcessSupervisor : Rule
{
    private static readonly HashSet<string> Supervisors =
    [
        "supervisord", "s6-svscan", "runsvdir", "runit", "runit-init", "circusd", "my_init", "forego", "honcho",
        "foreman", "multirun", "systemd", "init", "overmind", "hivemind", "chaperone",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF5002",
        Name = "process-supervisor",
        Title = "Process supervisor as the main process",
        MessageFormat = "'{0}' supervises several processes inside one container; run one process per container instead",
        Category = RuleCategory.Container,
        DefaultSeverity = Severity.Info,
        PresetRationale = "One purpose per container is a practice this linter exists for, so it stays visible; as advice only, since the corpus's supervisors ran deliberate all-in-one images (0 of 5 audited findings worth a change).",
        Docs = """
            ## What it does
            Reports a `CMD` or `ENTRYPOINT` whose main process is a process supervisor or init system: `supervisord`,
            `s6-svscan` and s6-overlay's `/init`, runit (`runsvdir`, `runit`), `circusd`, phusion's `my_init`,
            Procfile runners (`forego`, `honcho`, `foreman`, `overmind`), `multirun`, and `systemd` / `/sbin/init`
            — also behind `tini` or `dumb-init`. Minimal init processes that only reap zombies and forward signals
            (`tini`, `dumb-init`, `catatonit`) are fine.

            With a build context, the same check runs on the shell scripts an `ENTRYPOINT` or `CMD` runs after a `COPY`
            took them from the context (`ENTRYPOINT ["/docker-entrypoint.sh"]`): the finding points at the script's
            line, with the instruction that runs it as related location.

            ## Why
            A supervisor exists to run several services in one container. That defeats what the platform offers per
            container: restarts, health checks, resource limits, scaling and logs per service. Give each service its
            own container and let the orchestrator supervise them.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends supervisor nginx
            COPY supervisord.conf /etc/supervisor/conf.d/app.conf
            CMD ["/usr/bin/supervisord", "-n"]
            ```

            ## Use instead
            ```dockerfile
            FROM nginx:1.27-alpine
            COPY site/ /usr/share/nginx/html/
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => StartScripts.Register(registrar, (script, _) => SupervisorsStarted(script));

    private static IEnumerable<StartScripts.Finding> SupervisorsStarted(ShellScript script)
    {
        foreach (var command in script.Commands)
        {
            var (name, word) = ContainerCommands.StartedProgram(command);
            if (word is null || !Supervisors.Contains(name)) continue;
            // "init" only as s6-overlay's /init or /sbin/init, not some script called init in the working directory
            if (name == "init" && word.UnquotedText is not ("/init" or "/sbin/init" or "/usr/sbin/init" or "/lib/systemd/systemd")) continue;
            yield return new StartScripts.Finding(word.Span, name);
        }
    }
}
