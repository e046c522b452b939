using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>SC1001: a backslash before an ordinary character outside quotes (<c>Fedora\_25</c>), which the shell drops.</summary>
internal sealed class SC1001UselessEscape : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC1001",
        Name = "useless-escape",
        Title = "This backslash escapes an ordinary character and disappears",
        MessageFormat = "'\\{0}' outside quotes is just '{0}': the shell drops the backslash; quote the word if the backslash is meant",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Docs = """
            ## What it does
            Reports a backslash outside quotes before a character that has no special meaning to the shell
            (`\_`, `\u`, `\/`, `\-`, a letter or a digit). `\n`, `\t` and `\r` are SC1012's.

            ## Why
            Outside quotes, a backslash only protects the next character, and an ordinary character needs no
            protection: the shell removes the backslash. Whatever the backslash was meant for, the program does
            not get it: `sed -i s/a\/b/c/ f` passes `s/a/b/c/`, a Windows path `C:\tools\bin` becomes
            `C:toolsbin`, and a URL with `Fedora\_25` loses its backslash (harmless there, but then it is noise).
            Quote the word when the program should see the backslash; drop it otherwise.

            ## Example
            ```dockerfile
            FROM fedora:40
            RUN sed -i s/http:\/\/mirror/https:\/\/mirror/ /etc/yum.repos.d/app.repo
            ```

            ## Use instead
            ```dockerfile
            FROM fedora:40
            RUN sed -i 's/http:\/\/mirror/https:\/\/mirror/' /etc/yum.repos.d/app.repo
            ```

            ## Differences from hadolint
            As in ShellCheck, nothing after a shell syntax error (SC1072, SC1088) is reported.
            Same characters as ShellCheck. Most of hadolint's SC1001 findings on the corpus are Windows paths in
            Windows stages, which are not shell-checked; a RUN of a file whose escape character is a backquote
            is read with BuildKit's continuation rules, not as hadolint hands it over.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Backslash;

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var (span, escaped) in script.UselessEscapes)
            if (escaped is not ('n' or 't' or 'r')) reporter.Report(span, null, escaped);
    }
}
