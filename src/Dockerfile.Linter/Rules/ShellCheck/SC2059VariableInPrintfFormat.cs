using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2059: a printf format string built from an expansion.</summary>
internal sealed class SC2059VariableInPrintfFormat : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2059",
        Name = "variable-in-printf-format",
        Title = "Keep expansions out of printf's format: printf '…%s…' \"$value\"",
        MessageFormat = "The printf format '{0}' holds an expansion: a '%' or '\\' in its value is read as format; pass it as an argument, printf '…%s…' \"$value\"",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        PresetRationale = "On, info as in ShellCheck: on the corpus the findings write versions, URLs and sources lists through a format (`printf \"KERNEL_SOURCE=${KERNEL_SOURCE}\\n\"`), where a '%' in the value would silently change the file.",
        Docs = """
            ## What it does
            Reports the format argument of `printf` (after `--` and `-v NAME`) when it contains a parameter
            expansion, command substitution or arithmetic and no `%` directive of its own.

            ## Why
            printf reads its first argument as a format: `%` starts a directive and `\` an escape. A value
            substituted into it is read the same way, so a `%` in a URL (`%20`), a password or a version string
            swallows an argument or prints garbage, and a value with a backslash changes. Keep the format fixed
            and pass values as arguments: `printf 'KERNEL_SOURCE=%s\n' "$KERNEL_SOURCE"`.

            ## Example
            ```dockerfile
            FROM debian:12
            ARG MIRROR=http://deb.debian.org/debian
            RUN printf "deb $MIRROR bookworm main\n" > /etc/apt/sources.list
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            ARG MIRROR=http://deb.debian.org/debian
            RUN printf 'deb %s bookworm main\n' "$MIRROR" > /etc/apt/sources.list
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too. As in ShellCheck, a
            format with a `%` directive of its own (`printf "%s $x\n" y`) is taken as deliberate, and only
            `printf` itself is checked (not `sudo printf` or `/usr/bin/printf`).
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Dollar | ScriptCharacters.Backtick;   // a format built from an expansion

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (command.Name != "printf" || Format(command) is not { } format) continue;
            if (!IsBuiltFromExpansion(script, format)) continue;
            reporter.Report(format.Span, null, SC2046UnquotedCommandSubstitution.Abbreviate(format.Text));
        }
    }

    /// <summary>True when the format has an expansion and no <c>%</c> of its own (in its literal or single-quoted text).</summary>
    private static bool IsBuiltFromExpansion(ShellCheckScript script, ShellWord format)
    {
        bool expansion = false;
        foreach (var part in script.PartsOf(format))
        {
            if (part.IsExpansion) expansion = true;
            else if (part.Kind is WordPartKind.Literal or WordPartKind.SingleQuoted && format.Text.AsSpan(part.Start, part.Length).Contains('%'))
                return false;
        }
        return expansion;
    }

    /// <summary>The format word: the first argument after <c>--</c> and <c>-v NAME</c>.</summary>
    private static ShellWord? Format(ShellCommand command)
    {
        var args = command.Arguments;
        int i = 0;
        while (i < args.Length)
        {
            if (args[i].Value == "--") i++;
            else if (args[i].Value == "-v") i += 2;
            else return args[i];
        }
        return null;
    }
}
