using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>SC1083: an unquoted <c>{</c> or <c>}</c> that is neither a group, a brace expansion nor <c>{}</c>.</summary>
internal sealed class SC1083LiteralBrace : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC1083",
        Name = "literal-brace",
        Title = "This brace is a literal character",
        MessageFormat = "This '{0}' is a literal character: it is not part of a ${{…}} expansion, a brace expansion or a {{ …; }} group; quote it, or check for a misplaced '$'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports an unquoted `{` or `}` inside a command's words that the shell passes on as a character: not
            the `{` of `${NAME}`, not a brace expansion (`{a,b}`, `{1..3}`), not a `{ …; }` group, and not the `{}`
            placeholder of `find -exec` or `xargs -I`.

            ## Why
            A literal brace is usually a typo: `kythe-{$VERSION}.tar.gz` was meant as `kythe-${VERSION}.tar.gz`,
            and the download URL now holds braces; `{x}` without a comma was meant as a brace expansion or a
            variable. When a brace really is wanted (`awk '{print $1}'`), quote it.

            ## Example
            ```dockerfile
            FROM debian:12
            ARG VERSION=1.2.3
            RUN curl -fsSLO https://example.com/releases/app-{$VERSION}.tar.gz
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            ARG VERSION=1.2.3
            RUN curl -fsSLO https://example.com/releases/app-${VERSION}.tar.gz
            ```

            ## Differences from hadolint
            Same judgement as ShellCheck, on the command's name and arguments (not its assignments and
            redirections); as in ShellCheck, nothing after a shell syntax error (SC1072, SC1088) is reported.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Brace;

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        // ShellCheck stops at a syntax error: nothing after the first one is reported.
        int stop = ShellSyntaxErrors.First(script)?.Span.Start ?? int.MaxValue;
        foreach (var command in script.Commands)
            foreach (var word in BraceScanner.ExpandedWords(command))
                foreach (var (span, brace) in BraceScanner.Scan(script, word).LiteralBraces)
                    if (span.Start < stop) reporter.Report(span, null, brace);
    }
}
