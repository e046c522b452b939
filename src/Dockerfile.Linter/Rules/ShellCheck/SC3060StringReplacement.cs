using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3060: <c>${var/pattern/replacement}</c> in POSIX sh.</summary>
internal sealed class SC3060StringReplacement : PortabilityRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3060",
        Name = "posix-string-replacement",
        Title = "POSIX sh has no ${var/pattern/replacement}",
        MessageFormat = "'{0}' replaces text in a variable, which POSIX sh cannot do: dash stops with 'Bad substitution'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = $$"""
            ## What it does
            Reports a parameter expansion that replaces a pattern (`${VERSION//./-}`, `${NAME/x/y}`) in a RUN that
            POSIX sh runs.

            ## Why
            Pattern replacement is a bash, ksh and zsh feature. dash, `/bin/sh` on Debian and Ubuntu, stops the
            whole RUN with `Bad substitution`. Use `sed` or `tr` on the value, or run the stage with bash.

            ## Example
            ```dockerfile
            FROM debian:12
            ARG CUDA_VERSION=12.4
            RUN apt-get install -y cuda-toolkit-${CUDA_VERSION//./-}
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            ARG CUDA_VERSION=12.4
            RUN apt-get install -y "cuda-toolkit-$(echo "$CUDA_VERSION" | tr . -)"
            ```

            ## Differences from hadolint
            A replacement nested in the default value of another expansion is not looked into. {{DialectDocs}}
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Brace;   // ${…}: the rarer of its two characters

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        foreach (var a in command.Assignments) CheckWord(script, a.Word, reporter);
        foreach (var w in command.Words) CheckWord(script, w, reporter);
        foreach (var r in command.Redirections)
            if (!r.IsHeredoc && r.Target is { } target) CheckWord(script, target, reporter);
    }

    private static void CheckWord(ShellCheckScript script, ShellWord word, ShellCheckReporter reporter)
    {
        if (word.Text.IndexOf("${", StringComparison.Ordinal) < 0) return;
        foreach (var part in script.PartsOf(word))
        {
            if (part.Kind != WordPartKind.Parameter || !part.IsBraced || !part.HasOperator || part.Name.Length == 0) continue;
            string text = word.Text[part.Start..part.End];
            // ${NAME/…}: the operator right after the name (not ${#NAME}, not ${!NAME}).
            if (text.Length < 3 || !char.IsAsciiLetterOrDigit(text[2]) && text[2] != '_') continue;
            int after = 2 + part.Name.Length;
            if (after < text.Length && text[after] == '/') reporter.Report(ShellCheckScript.SpanOf(word, part), null, text);
        }
    }
}
