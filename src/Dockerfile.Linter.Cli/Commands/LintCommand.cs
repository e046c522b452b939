using System.CommandLine;
using Dockerfile.Linter.Cli.Fixing;
using Dockerfile.Linter.Cli.Input;
using Dockerfile.Linter.Cli.Linting;
using Dockerfile.Linter.Cli.Output;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary>The <c>lint</c> command: find files, resolve configuration, lint in parallel, report, compute the exit code.</summary>
internal sealed class LintCommand(CliEnvironment env)
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Dockerfiles, directories to search, or glob patterns; '-' reads stdin. Default: the current directory.",
        Arity = ArgumentArity.ZeroOrMore,
    };
    private readonly Option<string[]> _format = new("--format", "-f")
    {
        Description = "Output format, optionally with a file: FORMAT[:FILE]; repeatable for several reports in one run " +
                      "(e.g. -f tty -f sarif:report.sarif). Formats: tty, json, sarif, checkstyle, gitlab (alias gitlab_codeclimate), " +
                      "github, gnu, hadolint-json, codeclimate, sonarqube, codacy. Default: tty (code frames and colours on a terminal, plain lines otherwise).",
        HelpName = "FORMAT[:FILE]",
    };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report that has no FILE of its own to FILE instead of stdout.", HelpName = "FILE" };
    private readonly Option<string?> _threshold = new("--failure-threshold", "-t")
    {
        Description = "Least severe finding that makes the exit code 1: error, warning, info, style (default: the preset's, warning for recommended and all, info for hadolint); hadolint's ignore and none make every finding fail.",
        HelpName = "LEVEL",
    };
    private readonly Option<string?> _preset = new Option<string?>("--preset")
    {
        Description = "Which rules run and how severe they are: recommended (default), hadolint (hadolint's rules and severities; the default when a .hadolint.yaml applies) or all.",
        HelpName = "recommended|hadolint|all",
    }.AcceptOnlyFromAmong([.. PresetNames.All]);
    private readonly Option<bool> _noFail = new("--no-fail") { Description = "Exit 0 even when there are findings (I/O and configuration errors still exit 2)." };
    private readonly Option<string[]> _ignore = new("--ignore") { Description = "Switch a rule off (code, name or alias); repeatable.", HelpName = "CODE" };
    private readonly Option<string[]> _enable = new("--enable") { Description = "Switch on a rule that is off by default; repeatable.", HelpName = "CODE" };
    private readonly Option<string[]> _severity = new("--severity") { Description = "Change a rule's severity (error, warning, info, style, off); repeatable.", HelpName = "CODE=LEVEL" };
    private readonly Option<string[]> _trusted = new("--trusted-registry") { Description = "A registry FROM images may come from (DL3026); repeatable.", HelpName = "REGISTRY" };
    private readonly Option<string?> _config = new("--config", "-c") { Description = "Use this configuration file instead of looking one up.", HelpName = "FILE" };
    private readonly Option<string?> _context = new("--context") { Description = "The build context directory, for rules that check COPY sources and .dockerignore. Default: inferred per file (a compose service or bake target that builds it, else its folder, or the ancestor folder holding its COPY sources).", HelpName = "DIR" };
    private readonly Option<string[]> _buildContexts = new("--build-context")
    {
        Description = "A named build context, as for docker buildx build: FROM NAME and COPY --from=NAME read from it; repeatable.",
        HelpName = "NAME=PATH",
    };
    private readonly Option<string[]> _buildArgs = new("--build-arg")
    {
        Description = "A build argument, as for docker build: rules resolve ARG values with it (base images, undefined variables); BUILDKIT_DOCKERFILE_CHECK replaces the '# check=' directive. KEY alone takes the value from the environment. Repeatable.",
        HelpName = "KEY=VALUE",
    };
    private readonly Option<bool> _disableSuppressions = new("--disable-inline-suppressions", "--disable-ignore-pragma") { Description = "Ignore '# hadolint ignore=…' and '# dockerfile-lint ignore=…' comments (hadolint: --disable-ignore-pragma)." };
    // hadolint's severity overrides: --error DL3008 is --severity DL3008=error.
    private readonly Option<string[]> _asError = new("--error") { Description = "Report a rule as an error (hadolint's flag; same as --severity CODE=error); repeatable.", HelpName = "CODE" };
    private readonly Option<string[]> _asWarning = new("--warning") { Description = "Report a rule as a warning; repeatable.", HelpName = "CODE" };
    private readonly Option<string[]> _asInfo = new("--info") { Description = "Report a rule as info; repeatable.", HelpName = "CODE" };
    private readonly Option<string[]> _asStyle = new("--style") { Description = "Report a rule as style; repeatable.", HelpName = "CODE" };
    private readonly Option<bool> _noColor = new("--no-color") { Description = "No ANSI colours (same as --color never)." };
    private readonly Option<string?> _color = new Option<string?>("--color")
    {
        Description = "ANSI colours in the tty report: auto (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE force them), always, never.",
        HelpName = "auto|always|never",
    }.AcceptOnlyFromAmong(ColorMode.Names);
    private readonly Option<bool> _strictLabels = new("--strict-labels") { Description = "Report labels that are not in the label schema (DL3050)." };
    private readonly Option<string[]> _requireLabel = new("--require-label") { Description = "A label every image must set, with the type of its value (text, url, semver, hash, rfc3339, spdx, email); repeatable.", HelpName = "LABEL:TYPE" };
    private readonly Option<bool> _shellCheck = new("--shellcheck")
    {
        Description = "Also report the ShellCheck codes dockerfile-lint does not implement, from the shellcheck executable on PATH (exit 2 when it is missing).",
    };
    private readonly Option<string?> _filePathInReport = new("--file-path-in-report") { Description = "The path to show in reports for the (single) linted file.", HelpName = "PATH" };
    private readonly Option<bool> _verbose = new("--verbose", "-V") { Description = "Print which configuration each file uses and what the run did, on stderr." };
    private readonly Option<int?> _githubMaxAnnotations = new("--github-max-annotations")
    {
        Description = "With --format github: the most annotations of each kind (error, warning, notice); the rest are listed as log lines. Default 10 (GitHub's per-step limit); 0: no limit.",
        HelpName = "N",
    };
    private readonly Option<string?> _sarifRules = new Option<string?>("--sarif-rules")
    {
        Description = "With --format sarif: describe only the rules that have results (used, the default) or every rule (all).",
        HelpName = "used|all",
    }.AcceptOnlyFromAmong("used", "all");
    private readonly Option<string?> _stdinFileName = new("--stdin-filename") { Description = "The path to report (and look configuration up from) for '-'.", HelpName = "PATH" };
    private readonly Option<bool> _fix = new("--fix") { Description = "Apply the safe fixes to the files (for '-': print the fixed text), then report what remains." };
    private readonly Option<bool> _unsafeFixes = new("--unsafe-fixes") { Description = "With --fix or --diff: also the fixes that may change the image." };
    private readonly Option<bool> _diff = new("--diff") { Description = "Print a unified diff of what --fix would change, write nothing; exit 1 when there is something to fix." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(_paths);
        foreach (var option in new Option[]
                 {
                     _format, _output, _preset, _threshold, _noFail, _ignore, _enable, _severity, _asError, _asWarning, _asInfo, _asStyle,
                     _trusted, _config, _context, _buildContexts, _buildArgs,
                     _disableSuppressions, _strictLabels, _requireLabel, _shellCheck, _color, _noColor, _stdinFileName, _filePathInReport,
                     _githubMaxAnnotations, _sarifRules, _verbose, _fix, _unsafeFixes, _diff,
                 })
            command.Options.Add(option);
        command.SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        // System.CommandLine hands unknown options to the paths argument; a path that really starts with '-' can be written ./-x.
        if ((parse.GetValue(_paths) ?? []).FirstOrDefault(p => p.Length > 1 && p[0] == '-') is { } unknown)
            throw new CliException($"unknown option '{unknown}' (run 'dockerfile-lint --help' for usage)");

        var fixSettings = FixSettingsFrom(parse);
        var rules = RuleCatalog.All;
        var commandLine = CommandLineSettings.ToConfiguration(new CommandLineSettings.Raw(
            parse.GetValue(_preset),
            parse.GetValue(_ignore) ?? [],
            parse.GetValue(_enable) ?? [],
            [
                // hadolint applies error > warning > info > style when a code is in several lists: weakest first.
                .. (parse.GetValue(_asStyle) ?? []).Select(c => c + "=style"),
                .. (parse.GetValue(_asInfo) ?? []).Select(c => c + "=info"),
                .. (parse.GetValue(_asWarning) ?? []).Select(c => c + "=warning"),
                .. (parse.GetValue(_asError) ?? []).Select(c => c + "=error"),
                .. parse.GetValue(_severity) ?? [],
            ],
            parse.GetValue(_threshold),
            parse.GetValue(_noFail),
            parse.GetValue(_trusted) ?? [],
            parse.GetValue(_context),
            parse.GetValue(_buildContexts) ?? [],
            parse.GetValue(_disableSuppressions),
            parse.GetValue(_strictLabels),
            parse.GetValue(_requireLabel),
            parse.GetValue(_buildArgs),
            parse.GetValue(_shellCheck)), rules, env);
        var targets = (parse.GetValue(_format) ?? []).Select(ReportTarget.Parse).ToList();
        CheckDestinations(targets, parse.GetValue(_output));
        if (parse.GetValue(_githubMaxAnnotations) is < 0)
            throw new CliException("--github-max-annotations must be 0 (no limit) or more");

        var discovery = new FileDiscovery(env);
        string? stdinName = parse.GetValue(_stdinFileName);
        var inputs = discovery.Discover(parse.GetValue(_paths) ?? [], stdinName);
        foreach (var error in discovery.Errors) env.Error.WriteLine($"dockerfile-lint: {error}");

        var resolver = new CliConfigurationResolver(env, rules, commandLine, parse.GetValue(_config), stdinName);
        var configurations = inputs.Select(resolver.For).ToArray();
        // Run-wide settings (the format) come from the configuration of stdin's name or of the working directory.
        var runConfiguration = inputs.FirstOrDefault(i => i.IsStandardInput) is { } stdin
            ? resolver.For(stdin)
            : resolver.ForDirectory(env.WorkingDirectory);
        foreach (var warning in resolver.Warnings.Distinct()) env.Error.WriteLine($"dockerfile-lint: {warning}");
        bool verbose = parse.GetValue(_verbose);
        // One note per run, and only where someone reads it: ShellCheck codes in a hadolint file are expected.
        bool shellCheck = configurations.Any(c => c.ShellCheck == true) || runConfiguration.ShellCheck == true;
        if (resolver.ShellCheckCodes.Count > 0 && !shellCheck && (verbose || env.IsOutputTerminal))
            env.Error.WriteLine($"dockerfile-lint: note: ShellCheck codes in the configuration ({string.Join(", ", resolver.ShellCheckCodes)}) " +
                                "are accepted and ignored: dockerfile-lint does not implement these ShellCheck checks");
        if (verbose) WriteVerbose(inputs, configurations, resolver);
        // Asked for, ShellCheck must be there: a run that silently lacks its findings would pass a gate it should not.
        string? shellCheckPath = shellCheck ? ShellCheckProcess.Locate("shellcheck", env.GetEnvironmentVariable("PATH")) : null;
        if (shellCheck && shellCheckPath is null)
        {
            env.Error.WriteLine("dockerfile-lint: --shellcheck (or 'shellcheck: true'): no 'shellcheck' executable on PATH; " +
                                "install ShellCheck (apt-get install shellcheck) or leave the option out");
            return ExitCodes.UsageOrIoError;
        }
        if (resolver.Errors.Any())
        {
            foreach (var error in resolver.Errors.Distinct()) env.Error.WriteLine($"dockerfile-lint: {error}");
            return ExitCodes.UsageOrIoError;
        }

        string? pathInReport = parse.GetValue(_filePathInReport);
        if (pathInReport is not null && inputs.Count > 1)
            throw new CliException($"--file-path-in-report names one file, but {inputs.Count} files are linted");
        string? stdinPath = stdinName is null ? null : env.FullPath(stdinName);
        var outcomes = LintAll(inputs, configurations, pathInReport, commandLine.Context is not null, stdinPath, fixSettings, shellCheckPath);
        bool ioError = discovery.Errors.Count > 0;
        var reports = new List<FileReport>();
        bool fails = false;
        for (int i = 0; i < inputs.Count; i++)
        {
            var outcome = outcomes[i];
            foreach (var warning in outcome.Warnings) env.Error.WriteLine($"dockerfile-lint: warning: {warning}");
            if (outcome.Error is not null)
            {
                env.Error.WriteLine($"dockerfile-lint: {outcome.Error}");
                ioError = true;
                if (outcome.Report is null) continue;
            }
            reports.Add(outcome.Report!);
            fails |= configurations[i].Fails(outcome.Report!.Diagnostics);
        }
        if (inputs.Count == 0 && !ioError)
            env.Error.WriteLine("dockerfile-lint: no Dockerfiles found (looked for Dockerfile, Dockerfile.*, Dockerfile-*, Dockerfile_*, *.Dockerfile, *.dockerfile, Containerfile*)");

        var readPaths = inputs.Where(i => !i.IsStandardInput).Select(i => i.FullPath!)
            .Concat(configurations.Select(c => c.SourcePath).OfType<string>()).ToList();
        var fixes = outcomes.Select(o => o.Fix).OfType<FileFixOutcome>().ToList();
        if (fixSettings.Mode == FixMode.Diff)
        {
            foreach (var fix in fixes) env.Out.Write(fix.Diff);
            foreach (var line in FixSummary.Lines(fixSettings, fixes)) env.Error.WriteLine(line);
            if (ioError) return ExitCodes.UsageOrIoError;
            return fixes.Any(f => f.Changed) ? ExitCodes.Findings : ExitCodes.Success;
        }

        // Under --fix, standard input's fixed text takes stdout, so the report goes to stderr (unless --output).
        var stdinText = fixes.Select(f => f.StandardOutputText).OfType<string>().ToList();
        foreach (var text in stdinText) env.Out.Write(text);
        var stdout = stdinText.Count > 0 ? env.Error : env.Out;

        if (targets.Count == 0)
        {
            string? fromFile = runConfiguration.Format;
            targets.Add(fromFile is not null && ReportFormatNames.TryParse(fromFile, out var configured)
                ? new ReportTarget(configured, null, Explicit: true)
                : new ReportTarget(ReportFormat.Tty, null, Explicit: false));
        }
        bool written = WriteReports(parse, targets, reports, ioError, readPaths, stdout);
        if (fixSettings.Mode == FixMode.Apply)
            foreach (var line in FixSummary.Lines(fixSettings, fixes)) env.Error.WriteLine(line);
        int exit = !written || ioError ? ExitCodes.UsageOrIoError : fails ? ExitCodes.Findings : ExitCodes.Success;
        if (verbose)
            env.Error.WriteLine($"dockerfile-lint: linted {reports.Count} of {inputs.Count} file(s); " +
                                $"{reports.Sum(r => r.Diagnostics.Count)} finding(s); exit code {exit}");
        return exit;
    }

    private FixSettings FixSettingsFrom(ParseResult parse)
    {
        bool fix = parse.GetValue(_fix), diff = parse.GetValue(_diff), includeUnsafe = parse.GetValue(_unsafeFixes);
        if (includeUnsafe && !fix && !diff) throw new CliException("--unsafe-fixes needs --fix or --diff");
        if (diff && (parse.GetResult(_format) is not null || parse.GetResult(_output) is not null))
            throw new CliException("--diff prints a unified diff to stdout; it cannot be combined with --format or --output");
        // --diff never writes, also when --fix is given with it.
        return new FixSettings(diff ? FixMode.Diff : fix ? FixMode.Apply : FixMode.Off, includeUnsafe);
    }

    private sealed record Outcome(FileReport? Report, IReadOnlyList<string> Warnings, string? Error, FileFixOutcome? Fix = null);

    private Outcome[] LintAll(IReadOnlyList<InputFile> inputs, LinterConfiguration[] configurations, string? pathInReport,
        bool contextOnCommandLine, string? stdinPath, FixSettings fixSettings, string? shellCheckPath)
    {
        var engine = new LintEngine { ShellCheckExecutable = shellCheckPath };
        var fixer = fixSettings.Mode == FixMode.Off ? null : new FileFixer(fixSettings, engine);
        var outcomes = new Outcome[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var input = inputs[i];
            string? text = InputReader.Read(input, env, out var warning, out var error, out var encoding);
            if (text is null)
            {
                outcomes[i] = new Outcome(null, warning is null ? [] : [warning], error);
                return;
            }
            var configuration = configurations[i];
            string reason = contextOnCommandLine || configuration.SourcePath is null
                ? "--context"
                : "context: in " + Path.GetRelativePath(env.WorkingDirectory, configuration.SourcePath).Replace('\\', '/');
            string? fileOnDisk = input.FullPath ?? stdinPath;
            FileFixOutcome? fixOutcome = null;
            if (fixer is not null)
            {
                fixOutcome = fixer.Fix(input, text, encoding, configuration);
                // Report what the file now holds, checked against its build context like any other file.
                text = fixOutcome.Result.Syntax.ToFullString();
            }
            string shown = pathInReport ?? input.DisplayPath;
            var result = engine.Lint(text, shown, configuration, fileOnDisk, reason);
            // The context walk skips what it cannot or must not read (a FIFO could block forever): say so.
            var warnings = new List<string>();
            if (warning is not null) warnings.Add(warning);
            foreach (var problem in result.ContextProblems.Where(p => p.Kind == ContextProblemKind.NotRegularFile))
                warnings.Add($"{input.DisplayPath}: build context entry '{problem.Path}' is {problem.Message}");
            outcomes[i] = new Outcome(FileReport.From(result, shown), warnings, fixOutcome?.Error, fixOutcome);
        });
        return outcomes;
    }

    private void WriteVerbose(IReadOnlyList<InputFile> inputs, LinterConfiguration[] configurations, CliConfigurationResolver resolver)
    {
        var groups = inputs.Select((input, i) => (input, configuration: configurations[i]))
            .GroupBy(x => x.configuration.SourcePath ?? "");
        foreach (var group in groups)
        {
            string source = group.Key.Length == 0 ? "no configuration file (defaults and command line)" : $"configuration {resolver.ShownPath(group.Key)}";
            var c = group.First().configuration;
            env.Error.WriteLine($"dockerfile-lint: {source} for {string.Join(", ", group.Select(x => x.input.DisplayPath))}");
            env.Error.WriteLine($"dockerfile-lint:   failure threshold {c.EffectiveFailureThreshold.ToString().ToLowerInvariant()}" +
                                $"{(c.NoFail == true ? ", no-fail" : "")}; ignored: {(c.Ignore.Count == 0 ? "none" : string.Join(", ", c.Ignore))}" +
                                $"; enabled: {(c.Enable.Count == 0 ? "none" : string.Join(", ", c.Enable))}");
        }
    }

    /// <summary>Before any linting: at most one report may go to stdout (or --output), and --output needs one.</summary>
    private static void CheckDestinations(List<ReportTarget> targets, string? outputPath)
    {
        if (targets.Count == 0) return;
        int shared = targets.Count(t => t.Path is null);
        if (shared > 1)
            throw new CliException($"{shared} formats would write to {outputPath ?? "stdout"}: give all but one a file (-f FORMAT:FILE)");
        if (outputPath is not null && shared == 0)
            throw new CliException("--output has no report to write: every --format names its own file");
    }

    /// <summary>
    /// Writes each report: those with their own FILE there, the others to <c>--output</c> or stdout (at most one may).
    /// </summary>
    private bool WriteReports(ParseResult parse, List<ReportTarget> targets, List<FileReport> reports, bool hadErrors,
        IReadOnlyList<string> readPaths, TextWriter stdout)
    {
        string? outputPath = parse.GetValue(_output);
        bool ok = true;
        foreach (var target in targets)
        {
            string? path = target.Path ?? outputPath;
            // A human report about nothing would only hide the error messages above it.
            if (target.Format == ReportFormat.Tty && path is null && reports.Count == 0 && hadErrors) continue;
            string text = ReportFormatter.For(target.Format).Format(reports, RuleCatalog.All, Options(parse, target, path));
            // The report's lines end in '\n': written whole unless the writer escapes line breaks or ends lines otherwise.
            if (path is null && (ReferenceEquals(stdout, env.Error) || stdout.NewLine != "\n")) WriteLines(stdout, text);
            else if (path is null) stdout.Write(text);
            else if (ReportFileWriter.Write(env, path, readPaths, text) is { } problem)
            {
                env.Error.WriteLine($"dockerfile-lint: {problem}");
                ok = false;
            }
        }
        return ok;
    }

    private ReportOptions Options(ParseResult parse, ReportTarget target, string? path)
    {
        bool toTerminal = path is null && env.IsOutputTerminal;
        return new ReportOptions
        {
            // Colours go to stdout when the mode allows; into a file only with --color always.
            Color = target.Format == ReportFormat.Tty
                    && ColorMode.Resolve(parse.GetValue(_color), parse.GetValue(_noColor), env, toTerminal)
                    && (path is null || parse.GetValue(_color) == "always"),
            CodeFrames = target.Explicit || toTerminal,
            // pre-commit runs the hook once per batch of files: a summary per batch would read as several runs.
            Summary = toTerminal || target.Explicit,
            WorkingDirectory = env.WorkingDirectory,
            ToolVersion = ToolVersion.Current,
            GitHubMaxAnnotations = parse.GetValue(_githubMaxAnnotations) ?? ReportOptions.DefaultGitHubMaxAnnotations,
            SarifRules = parse.GetValue(_sarifRules) == "all" ? SarifRuleSelection.All : SarifRuleSelection.Used,
        };
    }

    /// <summary>
    /// Writes a report line by line: stderr escapes a line break inside a written string (one message, one line), so a
    /// report that goes there instead of stdout (under <c>--fix -</c>) is handed over one line at a time.
    /// </summary>
    private static void WriteLines(TextWriter writer, string text)
    {
        int start = 0;
        for (int end; (end = text.IndexOf('\n', start)) >= 0; start = end + 1)
            writer.WriteLine(text[start..end]);
        if (start < text.Length) writer.Write(text[start..]);
    }
}
