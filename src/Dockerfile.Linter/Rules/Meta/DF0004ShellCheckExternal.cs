using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// DF0004: the findings of the <c>shellcheck</c> executable for the ShellCheck codes this linter does not implement,
/// when <see cref="LintOptions.ShellCheck"/> asks for them; each reported under its own <c>SC</c> code.
/// </summary>
internal sealed class DF0004ShellCheckExternal : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF0004",
        Name = "shellcheck-external",
        Title = "ShellCheck's own findings, from the shellcheck executable (--shellcheck)",
        MessageFormat = "{0}",
        Category = RuleCategory.Meta,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        ExampleConfiguration = "shellcheck: true\n",
        Docs = """
            ## What it does
            Only with `--shellcheck` (configuration: `shellcheck: true`; library: `LintOptions.ShellCheck`), and
            only for the ShellCheck codes that have no rule here: it runs the `shellcheck` executable found on `PATH`
            on the script of every shell-form `RUN` of a POSIX stage and reports what it finds under ShellCheck's own
            code (`SC2181`, `SC2012`, …), with ShellCheck's message and its level as the severity (error, warning,
            info, style), at the exact place in the Dockerfile (across continuation lines and in heredoc bodies).
            Codes implemented here (the `SC` rules `dockerfile-lint rules` lists) always come from the built-in rule,
            never twice.

            What ShellCheck is given: the command line of the `RUN` as the shell receives it (continuations joined,
            comment lines dropped), followed, when there are heredocs, by their bodies and delimiter lines; a `RUN`
            that is only a heredoc is its body. `--shell` is the stage's shell (`SHELL`, a `# hadolint shell=`
            comment, or the heredoc's shebang): `sh`, `bash`, `dash` or `ksh`. Exec-form `RUN`s, PowerShell and cmd
            stages, zsh, and heredocs run by other interpreters (`#!/usr/bin/env python3`) are never given to it.
            SC1091 (a sourced file not followed) is always left out: the file is in the image, not beside the
            Dockerfile.

            The findings go through everything other findings do: `# hadolint ignore=SC2181` or
            `# dockerfile-lint ignore=SC2181` on the line above the `RUN`, `# shellcheck disable=SC2181` inside a
            heredoc script, `ignore: [SC2181]` and `severity: {SC2181: error}` in the configuration (`--ignore`,
            `--severity` on the command line), and the preset and severity of this rule: `--ignore DF0004` drops
            them all, `--severity DF0004=info` reports them all as info.

            One `shellcheck` process runs per file and shell, with every `RUN` of that shell at once. This rule also
            reports, once per file at the first `RUN` concerned, when that did not work, so a clean report is never
            mistaken for a checked one: the executable is missing (the command line refuses to start instead:
            exit code 2), it took longer than the timeout (`LintOptions.ShellCheckTimeout`, 30 seconds; it is then
            stopped with its children), exited with an error, or wrote something that is not its `json1` format.

            ## Why
            The built-in ShellCheck rules cover the codes that matter most on real Dockerfiles, without any extra
            program. Teams that relied on hadolint's full ShellCheck run, and have ShellCheck installed, get the rest
            of its checks in the same report, suppressed and configured like everything else.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN make; if [ $? -ne 0 ]; then exit 1; fi
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN if ! make; then exit 1; fi
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        if (!context.Options.ShellCheck) return;
        var scripts = new List<ExternalScript>();
        foreach (var instruction in syntax.Instructions)
        {
            var run = instruction as RunInstruction ?? (instruction as OnbuildInstruction)?.Trigger as RunInstruction;
            if (run is not null && ExternalScript.For(run, context.Semantics, context.Source.Text) is { } script) scripts.Add(script);
        }
        if (scripts.Count == 0) return;

        string executable = context.Options.ShellCheckExecutable;
        if (ShellCheckProcess.Locate(executable, Environment.GetEnvironmentVariable("PATH")) is not { } path)
        {
            context.Report(scripts[0].Run.Span,
                $"no '{executable}' executable found (on PATH): the ShellCheck codes dockerfile-lint does not implement were not checked");
            return;
        }
        foreach (var group in scripts.GroupBy(s => s.Shell, StringComparer.Ordinal))
            CheckGroup([.. group], path, context);
    }

    private static void CheckGroup(List<ExternalScript> scripts, string executable, RuleContext context)
    {
        var outcome = ShellCheckProcess.Run(executable, scripts[0].Shell, scripts.Select(s => s.Text).ToList(), context.Options.ShellCheckTimeout);
        var (comments, error) = outcome.Output is { } output ? ShellCheckJson.Parse(output) : ([], outcome.Failure);
        if (error is not null)
        {
            string runs = scripts.Count == 1 ? "this RUN" : $"the {scripts.Count} RUNs of this file using {scripts[0].Shell}";
            context.Report(scripts[0].Run.Span, $"{error}; ShellCheck's findings for {runs} are missing");
            return;
        }
        var byName = new Dictionary<string, ExternalScript>(StringComparer.Ordinal);
        for (int i = 0; i < scripts.Count && i < outcome.Names.Count; i++) byName[outcome.Names[i]] = scripts[i];
        foreach (var comment in comments)
        {
            if (!byName.TryGetValue(comment.File, out var script)) continue;
            string code = comment.CodeText;
            if (context.IsRuleCode(code)) continue;   // implemented here: the built-in rule reports it
            int start = script.OffsetOf(comment.Line, comment.Column);
            int end = Math.Max(start, script.OffsetOf(comment.EndLine, comment.EndColumn));
            context.ReportExternal(script.ToFile(start, end), code, comment.Severity, comment.Message);
        }
    }
}
