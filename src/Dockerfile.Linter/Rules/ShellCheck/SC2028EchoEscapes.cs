using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2028: <c>echo</c> given a backslash escape (<c>echo "a\nb"</c>), which some echos expand and others print.</summary>
internal sealed class SC2028EchoEscapes : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2028",
        Name = "echo-escapes",
        Title = "Use printf for backslash escapes: echo expands them in some shells only",
        MessageFormat = "echo may print the escape in '{0}' as it is or expand it, depending on the shell; use printf",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        PresetRationale = "On, info as in ShellCheck: in RUN the text is usually written into a file, which then differs between a dash-based and a bash-based image.",
        Docs = """
            ## What it does
            Reports an argument of `echo` whose value holds a backslash escape (`\n`, `\t`, `\r`, `\a`, `\b`,
            `\e`, `\f`, `\v`, `\x…`, an octal `\0…`–`\7…`, or `\\`), unless `echo` is given `-e` (alone or
            bundled, as in `-ne`).

            ## Why
            What echo does with backslashes depends on the shell: dash (`/bin/sh` on Debian and Ubuntu) and
            BusyBox expand `\n`, bash prints it as two characters unless given `-e`, and `-e` itself is printed by
            dash. The same RUN then writes different files on different base images. `printf` behaves the same
            everywhere: `printf 'a\nb\n'`.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN echo "[main]\nenabled=1" > /etc/app.ini
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN printf '[main]\nenabled=1\n' > /etc/app.ini
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too. As in ShellCheck, only
            `echo` itself is checked (not `sudo echo` or `/bin/echo`).
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Backslash;

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (command.Name != "echo" || HasExpandOption(command)) continue;
            foreach (var word in command.Arguments)
            {
                if (word.Text.IndexOf('\\') < 0 || !HasEscape(ValueOf(script, word))) continue;
                reporter.Report(word.Span, null, SC2046UnquotedCommandSubstitution.Abbreviate(word.Text));
            }
        }
    }

    private static bool HasExpandOption(ShellCommand command)
    {
        foreach (var word in command.Arguments)
            if (IsExpandOption(word)) return true;
        return false;
    }

    /// <summary>An option word of echo that turns escapes on (<c>-e</c>, <c>-ne</c>, <c>-en</c>).</summary>
    private static bool IsExpandOption(ShellWord word) =>
        word.Value is { Length: >= 2 } v && v[0] == '-' && v.Contains('e') && v.AsSpan(1).IndexOfAnyExcept("neE") < 0;

    /// <summary>The word's value after quote removal, with each expansion replaced by a blank.</summary>
    private static string ValueOf(ShellCheckScript script, ShellWord word)
    {
        var value = new StringBuilder(word.Text.Length);
        string text = word.Text;
        foreach (var part in script.PartsOf(word))
        {
            switch (part.Kind)
            {
                case WordPartKind.SingleQuoted when text[part.Start] == '\'':
                    value.Append(text, part.Start + 1, Math.Max(0, part.Length - (part.End <= text.Length && part.Length > 1 && text[part.End - 1] == '\'' ? 2 : 1)));
                    break;
                case WordPartKind.Literal:
                    for (int i = part.Start; i < part.End; i++)
                    {
                        char c = text[i];
                        if (c == '\\' && i + 1 < part.End)
                        {
                            char next = text[i + 1];
                            // Unquoted, a backslash keeps the next character; in double quotes only before $ ` " \ and newline.
                            if (!part.InDoubleQuotes || next is '$' or '`' or '"' or '\\' or '\n') { value.Append(next); i++; continue; }
                        }
                        value.Append(c);
                    }
                    break;
                default:
                    value.Append(' ');
                    break;
            }
        }
        return value.ToString();
    }

    private static bool HasEscape(string value)
    {
        for (int i = 0; i + 1 < value.Length; i++)
        {
            if (value[i] != '\\') continue;
            if (value[i + 1] is 'a' or 'b' or 'e' or 'f' or 'n' or 'r' or 't' or 'v' or 'x' or '\\' or (>= '0' and <= '7')) return true;
            i++;
        }
        return false;
    }
}
