using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2016: <c>$var</c>, <c>$(…)</c> or backticks inside single quotes, where nothing expands.</summary>
internal sealed class SC2016SingleQuotedExpansion : ShellCheckRule
{
    /// <summary>Programs whose own language uses <c>$</c> (awk, perl, jq …) or that run a script later (sh -c, trap, eval, ssh).</summary>
    private static readonly HashSet<string> OwnLanguage =
    [
        "awk", "gawk", "mawk", "nawk", "perl", "jq", "trap", "eval", "docker", "ssh", "alias", "unset", "rename",
        "sh", "bash", "ksh", "zsh",
    ];

    /// <summary>Variables whose value the shell expands later (prompts).</summary>
    private static readonly HashSet<string> PromptVariables = ["PS1", "PS2", "PS3", "PS4", "PROMPT_COMMAND"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2016",
        Name = "single-quoted-expansion",
        Title = "Use double quotes where a variable or command should expand",
        MessageFormat = "{0} does not expand inside single quotes; use double quotes if it should",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Info),
        PresetRationale = "Off: in RUN most single-quoted `$` are deliberate (text written into profiles, scripts and config files for later expansion), so the finding is usually noise; info where enabled.",
        Docs = """
            ## What it does
            Reports a single-quoted string in a RUN script that contains what looks like an expansion: `$name`,
            `${…}`, `$(…)` or backticks.

            ## Why
            Nothing expands between single quotes: `echo 'export PATH=$HOME/bin:$PATH' >> ~/.profile` writes the
            text as it is, which may be intended, but `curl -H 'Authorization: Bearer $TOKEN'` sends the word
            `$TOKEN`. When the text is meant for a later shell, leave it (or suppress the finding); when the value is
            wanted now, use double quotes.

            Strings given to programs with a language of their own that uses `$` are not reported: `awk`, `perl`,
            `jq`, scripts for `sh -c` / `bash -c`, `eval`, `trap`, `ssh` and `docker`; nor are the prompt variables
            (`PS1='$ '`).

            ## Example
            ```dockerfile
            FROM debian:12
            ARG VERSION=1.2.3
            RUN echo 'version $VERSION' > /etc/app-version
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            ARG VERSION=1.2.3
            RUN echo "version $VERSION" > /etc/app-version
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086. For `sed`, only `${…}` and `$(…)` are reported: a `$` in a sed
            script is usually its end-of-line anchor or last-line address.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.SingleQuote;

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (IsExempt(command)) continue;
            bool sed = NameOf(command) == "sed";
            foreach (var a in command.Assignments)
                if (!PromptVariables.Contains(a.Name)) CheckWord(script, reporter, a.Word, sed);
            foreach (var word in command.Words) CheckWord(script, reporter, word, sed);
        }
    }

    private static void CheckWord(ShellCheckScript script, ShellCheckReporter reporter, ShellWord word, bool sed)
    {
        if (word.Text.IndexOf('\'') < 0) return;
        foreach (var part in script.PartsOf(word))
        {
            if (part.Kind != WordPartKind.SingleQuoted || word.Text[part.Start] != '\'') continue;
            var content = word.Text.AsSpan((part.Start + 1)..Math.Max(part.Start + 1, part.End - 1));
            if (FindExpansion(content, sed) is not { } what) continue;
            reporter.Report(ShellCheckScript.SpanOf(word, part), null, what);
        }
    }

    /// <summary>The first thing in <paramref name="content"/> that would expand outside single quotes, described; null when none.</summary>
    private static string? FindExpansion(ReadOnlySpan<char> content, bool sed)
    {
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (c == '`' && !sed) return "A backtick substitution";
            if (c != '$' || i + 1 >= content.Length) continue;
            char next = content[i + 1];
            if (next == '(') return "'$(…)'";
            if (next == '{') return "'${…}'";
            if (sed) continue;
            if (char.IsAsciiLetterOrDigit(next) || next == '_')
            {
                int end = i + 1;
                while (end < content.Length && (char.IsAsciiLetterOrDigit(content[end]) || content[end] == '_')) end++;
                return $"'{content[i..end]}'";
            }
        }
        return null;
    }

    /// <summary>The command name as ShellCheck reads it: through sudo, exec, time, command, builtin and busybox.</summary>
    private static string NameOf(ShellCommand command)
    {
        var current = command;
        while (current.BaseName is "sudo" or "doas" or "exec" or "time" or "command" or "builtin" or "busybox" && current.Inner is { } inner)
            current = inner;
        return current.BaseName;
    }

    private static bool IsExempt(ShellCommand command)
    {
        string name = NameOf(command);
        if (OwnLanguage.Contains(name)) return true;
        if (name == "git" && command.Arguments.Any(a => a.Value == "filter-branch")) return true;
        // find … -exec sh -c '…' {} +: the script is the shell's.
        if (name == "find")
        {
            var args = command.Arguments;
            for (int i = 0; i + 1 < args.Length; i++)
                if (args[i].Value is "-exec" or "-execdir" or "-ok" && OwnLanguage.Contains(ShellCommand.BaseNameOf(args[i + 1].Value ?? "")))
                    return true;
        }
        return false;
    }
}
