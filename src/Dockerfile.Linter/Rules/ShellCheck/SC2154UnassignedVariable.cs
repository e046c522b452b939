using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2154: a lower-case variable used but set nowhere: not in the script, not by ARG or ENV.</summary>
internal sealed class SC2154UnassignedVariable : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2154",
        Name = "unassigned-variable",
        Title = "Set variables before using them",
        MessageFormat = "'{0}' is used but set nowhere: not in this RUN, not by ARG or ENV",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "On as a warning: knowing ARG and ENV (multi-name lists, no default, inherited ENV) leaves mostly real mistakes, typically a variable set in an earlier RUN whose shell is gone.",
        Docs = """
            ## What it does
            Reports the first use of a variable whose name has a lower-case letter when nothing sets it: no
            assignment, `read`, `for` loop, `export`/`local` declaration or `getopts` in the RUN, and no `ARG` or
            `ENV` of the Dockerfile that reaches the RUN. Upper-case names are left alone: they are usually set by
            the environment (`$HOME`, `$PATH`, variables of the base image).

            ## Why
            A lower-case variable that is never set is most often a typo (`$verison`) or a variable set in an
            earlier RUN, whose shell is gone: each RUN starts a new shell. The expansion is silently empty.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN version=1.2.3
            RUN curl -fsSLO "https://example.com/tool-$version.tgz"
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            ARG version=1.2.3
            RUN curl -fsSLO "https://example.com/tool-$version.tgz"
            ```

            ## Differences from hadolint
            Dockerfile-aware where hadolint is not: every name an `ARG` declares counts, also in a multi-name
            `ARG a=1 b=2` line and without a default (`ARG version`), and so does an `ENV` inherited from a base
            stage (`FROM base`). Uses with a default or a check (`${name:-x}`, `${name:?}`) are not reported, nor
            uses after the script sources a file (`. ./build.env`, `. venv/bin/activate`) or runs `eval`, which may
            set any variable; nor RUNs that hand their text to PowerShell or cmd.
            Shell-form RUN only, as for SC2086.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Dollar;   // a use needs a $

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        SpacefulVariables? variables = null;   // worked out at the first candidate
        HashSet<string>? reported = null;
        foreach (var command in script.Commands)
        {
            // A sourced file (. ./env.sh, . venv/bin/activate) or eval may set anything from here on.
            if (command.Name is "." or "source" or "eval") return;
            foreach (var word in CommandWords.All(command))
            {
                if (!MayUseLowerCaseName(word.Text)) continue;
                foreach (var part in script.PartsOf(word))
                {
                    if (part.Kind != WordPartKind.Parameter || !IsCandidate(part, word.Text)) continue;
                    string name = part.Name;
                    if (reported?.Contains(name) == true) continue;
                    variables ??= script.Variables;
                    if (variables.IsAssignedInScript(name) || variables.IsDeclaredByDockerfile(name)) continue;
                    (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    reporter.Report(ShellCheckScript.SpanOf(word, part), null, name);
                }
            }
        }
    }

    /// <summary>
    /// False when no <c>$</c> of <paramref name="text"/> is followed by a name with a lower-case letter (<c>$name</c>,
    /// <c>${name…}</c>, <c>${#name}</c>, <c>${!name}</c>): no piece of the word can be a candidate, and the word need
    /// not be split. Most words with a <c>$</c> use upper-case names only.
    /// </summary>
    internal static bool MayUseLowerCaseName(string text)
    {
        for (int at = text.IndexOf('$'); at >= 0; at = text.IndexOf('$', at + 1))
        {
            int i = at + 1;
            if (i < text.Length && text[i] == '{')
            {
                i++;
                if (i < text.Length && text[i] is '#' or '!') i++;
            }
            for (; i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'); i++)
                if (char.IsAsciiLetterLower(text[i])) return true;
        }
        return false;
    }

    /// <summary>A plain name with a lower-case letter, not guarded by a default or a check (<c>${x:-d}</c>, <c>${x?}</c>).</summary>
    private static bool IsCandidate(WordPart part, string text)
    {
        string name = part.Name;
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.AsSpan().ContainsAnyInRange('a', 'z')) return false;
        if (!part.HasOperator) return true;
        int after = part.Start + 2 + (part.IsLength ? 1 : 0) + name.Length;
        if (after >= part.End) return true;
        char op = text[after] == ':' && after + 1 < part.End ? text[after + 1] : text[after];
        return op is not ('-' or '=' or '+' or '?');
    }
}
