using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Suppression;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF0005: the <c># check=</c> directive has a value BuildKit refuses, so the build fails before it starts.</summary>
internal sealed class DF0005InvalidCheckDirective : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF0005",
        Name = "invalid-check-directive",
        Title = "Check directive BuildKit cannot parse",
        MessageFormat = "{0}",
        Category = RuleCategory.Meta,
        DefaultSeverity = Severity.Error,
        Docs = """
            ## What it does
            Reports a `# check=` parser directive whose value BuildKit refuses: a part without `=`
            (`# check=skip`), a key other than `skip`, `error` and `experimental` (`# check=ignore=all`), or an
            `error=` value that is not a Go boolean (`error=yes`). The message is BuildKit's own. A
            `BUILDKIT_DOCKERFILE_CHECK` build argument (`--build-arg`, `build-args:` in configuration) replaces the
            directive; an invalid value there is refused as a configuration error instead, and the directive is then
            not judged.

            ## Why
            BuildKit reads the directive before it builds anything, and an invalid value stops `docker build` and
            `docker build --check` with "failed to parse check options". Until then the checks the directive meant to
            skip are not skipped either (this linter, like BuildKit, ignores the whole value).

            ## Example
            ```dockerfile
            # check=skip=JSONArgsRecommended;error=yes
            FROM alpine:3.20
            CMD echo hi
            ```

            ## Use instead
            ```dockerfile
            # check=skip=JSONArgsRecommended;error=true
            FROM alpine:3.20
            CMD echo hi
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        if (context.Options.BuildArgs.ContainsKey(FileSuppressions.CheckBuildArg)) return;
        if (FrontendDirectives.Find(syntax.Source.Text, "check") is not { Line: > 0 } directive) return;
        if (CheckSettings.Parse(directive.Value).Problem is not { } problem) return;
        int start = syntax.Source.GetLineStart(directive.Line);
        int end = start + syntax.Source.GetLineText(directive.Line).Length;
        if (start == 0 && syntax.Source.Text.StartsWith('\uFEFF')) start = 1;
        context.Report(TextSpan.FromBounds(start, end), problem);
    }
}
