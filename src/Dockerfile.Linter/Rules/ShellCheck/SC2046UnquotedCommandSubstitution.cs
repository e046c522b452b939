using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2046: an unquoted <c>$(…)</c> or backtick substitution in a command's words.</summary>
internal sealed class SC2046UnquotedCommandSubstitution : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2046",
        Name = "unquoted-command-substitution",
        Title = "Quote command substitutions to keep their output one word",
        MessageFormat = "'{0}' is not quoted: its output is split at blanks and globbed",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Info rather than hadolint's warning: on the corpus the substituted commands almost always print one word (`$(nproc)`, `$(uname -m)`, `$(dpkg --print-architecture)`), so the advice rarely changes a build.",
        Docs = """
            ## What it does
            Reports a command substitution, `$(…)` or `` `…` ``, written outside double quotes among a command's
            name, arguments or redirection targets in a RUN script.

            ## Why
            The output of an unquoted substitution is split at every blank and newline, and each piece is expanded
            as a glob. `chown $(id -u):$(id -g) /data` works until an output holds a space; `rm $(find . -name
            '*.tmp')` breaks on file names with blanks. Quote it (`"$(id -u)"`) when the output is one value; when
            it is a list, read it with `xargs` or a loop instead.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN mkdir -p /opt/$(uname -m)
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN mkdir -p "/opt/$(uname -m)"
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086. A substitution in an assignment (`V=$(cmd)`) is not split and is
            not reported; nor are the arguments of `export`/`local`/`declare` in bash, which are assignments there
            (POSIX sh splits them, and they are reported).
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Dollar | ScriptCharacters.Backtick;   // $(…) or backticks

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
            foreach (var word in script.SplitWords(command))
            {
                if (!MaySubstitute(word.Text)) continue;
                foreach (var part in script.PartsOf(word))
                {
                    if (part.Kind is not (WordPartKind.CommandSubstitution or WordPartKind.Backticks) || part.InDoubleQuotes) continue;
                    reporter.Report(ShellCheckScript.SpanOf(word, part), null, Abbreviate(word.Text[part.Start..part.End]));
                }
            }
    }

    /// <summary>
    /// True when <paramref name="text"/> may hold <c>$(…)</c> or backticks; false for the many words whose <c>$</c>
    /// only expands parameters, which then need not be split.
    /// </summary>
    internal static bool MaySubstitute(string text) => text.Contains('`') || text.Contains("$(", StringComparison.Ordinal);

    /// <summary>The substitution as written, shortened to one line of reasonable length.</summary>
    internal static string Abbreviate(string text)
    {
        int newline = text.IndexOf('\n');
        if (newline >= 0) text = text[..newline] + "…";
        return text.Length <= 60 ? text : text[..57] + "…";
    }
}
