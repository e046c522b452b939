using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>Helpers shared by the container rules: the scripts CMD/ENTRYPOINT run and what their commands start.</summary>
internal static class ContainerCommands
{
    private static readonly HashSet<string> InitWrappers = ["tini", "tini-static", "dumb-init", "catatonit"];

    private static readonly HashSet<string> SshOrCronNames = ["sshd", "ssh", "openssh", "openssh-server", "cron", "crond", "cronie", "anacron"];

    /// <summary>The parsed command of a CMD or ENTRYPOINT (shell form, exec form, <c>sh -c</c> scripts).</summary>
    public static ShellScript? Parse(Instruction instruction) => instruction switch
    {
        CmdInstruction cmd => ShellParser.Parse(cmd.Command),
        EntrypointInstruction entrypoint => ShellParser.Parse(entrypoint.Command),
        _ => null,
    };

    /// <summary>
    /// The program a command really starts: the effective command, or for an init wrapper
    /// (<c>tini -- supervisord</c>) the first positional argument; with its word for spans.
    /// </summary>
    public static (string Name, ShellWord? Word) StartedProgram(ShellCommand command)
    {
        var effective = command.Effective;
        if (InitWrappers.Contains(effective.BaseName) && effective.PositionalArguments.FirstOrDefault() is { } inner)
            return (ShellCommand.BaseNameOf(inner.UnquotedText), inner);
        return (effective.BaseName, effective.NameWord);
    }

    /// <summary>
    /// The service a command starts through an init script or service manager (<c>service ssh start</c>,
    /// <c>/etc/init.d/cron start</c>, <c>rc-service sshd start</c>), or null.
    /// </summary>
    public static string? ServiceStarted(ShellCommand command)
    {
        var positionals = command.Effective.PositionalArguments;
        string name = command.EffectiveName;
        if (name is "service" or "rc-service" && positionals.Length >= 2 && positionals[1].Value is "start" or "restart")
            return positionals[0].Value;
        if (command.Effective.Name.StartsWith("/etc/init.d/", StringComparison.Ordinal)
            && positionals.Length >= 1 && positionals[0].Value is "start" or "restart")
            return name;
        return null;
    }

    /// <summary>True when the command starts an SSH server or cron daemon (directly or as a service).</summary>
    public static bool StartsSshOrCron(ShellCommand command)
    {
        if (ServiceStarted(command) is { } service) return SshOrCronNames.Contains(service);
        return StartedProgram(command).Name is "sshd" or "cron" or "crond" or "anacron";
    }

    /// <summary>Commands that do not start a process worth counting (shell built-ins and one-shot helpers).</summary>
    public static bool IsHelper(ShellCommand command) =>
        command.NameWord is null
        || command.EffectiveName is "echo" or "printf" or "export" or "set" or "cd" or "source" or "." or "sleep" or "true"
            or "false" or "test" or "[" or "wait" or "mkdir" or "chmod" or "chown" or "touch" or "rm" or "cp" or "ln"
            or "cat" or "sed" or "envsubst" or "ulimit" or "umask" or "trap" or "exit" or "read" or "tail";
}
