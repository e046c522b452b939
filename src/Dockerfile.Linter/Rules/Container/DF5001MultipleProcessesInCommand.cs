using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF5001: CMD/ENTRYPOINT that starts several long-running processes.</summary>
internal sealed class DF5001MultipleProcessesInCommand : Rule
{
    // Daemons that fork into the background by default, so a command after them runs next to them.
    private static readonly HashSet<string> SelfDaemonizing = ["nginx", "httpd", "apache2", "apachectl", "apache2ctl", "php-fpm", "memcached", "dockerd", "rsyslogd", "syslogd", "postfix", "dbus-daemon"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF5001",
        Name = "multiple-processes-in-command",
        Title = "CMD/ENTRYPOINT starts several processes",
        MessageFormat = "'{0}' keeps running next to the main process; run one process per container",
        Category = RuleCategory.Container,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports the extra processes a `CMD` or `ENTRYPOINT` starts next to its main process: commands sent to the
            background with `&`, services started with `service x start` / `/etc/init.d/x start` / `rc-service`
            before another command, and daemons that fork into the background by themselves (`nginx`, `php-fpm -D`,
            `httpd`, `memcached -d`, …) followed by another command. SSH and cron daemons are left to DF5003.

            With a build context, the same check runs on the shell scripts an `ENTRYPOINT` or `CMD` runs after a `COPY`
            took them from the context (`ENTRYPOINT ["/docker-entrypoint.sh"]`): the finding points at the script's
            line, with the instruction that runs it as related location.

            ## Why
            A container is managed through its main process: its exit code, its signals, its logs on stdout. Processes
            started beside it are not restarted when they die, receive no `SIGTERM` on `docker stop`, and write logs
            nobody collects. Run each process in its own container (a pod, a compose service) and scale them apart.

            ## Example
            ```dockerfile
            FROM php:8.3-fpm-alpine
            RUN apk add --no-cache nginx
            CMD php-fpm -D && nginx -g 'daemon off;'
            ```

            ## Use instead
            ```dockerfile
            FROM php:8.3-fpm-alpine
            CMD ["php-fpm"]
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => StartScripts.Register(registrar, Check);

    // Lists made only for a script that starts an extra process (few do).
    private static IEnumerable<StartScripts.Finding> Check(ShellScript script, SourceText source)
    {
        int processes = 0;
        foreach (var command in script.Commands)
            if (StartScripts.RunsInScript(command) && !ContainerCommands.IsHelper(command)) processes++;
        List<StartScripts.Finding>? findings = null;
        foreach (var command in script.Commands)
        {
            if (!StartScripts.RunsInScript(command) || ContainerCommands.IsHelper(command) || ContainerCommands.StartsSshOrCron(command)) continue;
            bool extra = command.IsBackground
                || (processes > 1 && ContainerCommands.ServiceStarted(command) is not null)
                || (processes > 1 && Daemonizes(command));
            if (extra) (findings ??= []).Add(new StartScripts.Finding(command.Span, Shorten(source.GetText(command.Span))));
        }
        return findings ?? (IEnumerable<StartScripts.Finding>)[];
    }

    private static bool Daemonizes(ShellCommand command)
    {
        var (name, _) = ContainerCommands.StartedProgram(command);
        if (!SelfDaemonizing.Contains(name)) return false;
        string text = string.Join(' ', command.Effective.Words.Select(w => w.UnquotedText));
        return name switch
        {
            // -t tests the configuration, -s signals the running master, -v/-V print the version: nothing keeps running
            "nginx" => !text.Contains("daemon off", StringComparison.Ordinal) && !command.Effective.HasFlag("t", "T", "s", "v", "V", "h", "?"),
            "php-fpm" => command.HasFlag("D", "daemonize"),
            "memcached" => command.HasFlag("d", "daemon"),
            "httpd" or "apache2" => !text.Contains("FOREGROUND", StringComparison.Ordinal),
            "apachectl" or "apache2ctl" => command.Effective.PositionalArguments.Any(a => a.Value is "start"),
            "dockerd" or "rsyslogd" or "syslogd" => !command.HasFlag("n"),
            _ => true,
        };
    }

    private static string Shorten(string text)
    {
        text = string.Join(' ', SecretValueText.MaskSecrets(text).ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 60 ? text[..57] + "..." : text;
    }
}
