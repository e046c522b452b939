using System.CommandLine;
using Dockerfile.Linter.Cli.Input;
using Dockerfile.Linter.Cli.Linting;
using Dockerfile.Linter.Cli.Output;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;

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
        Description = "Least severe finding that makes the exit code 1: error, warning, info (default), style; hadolint's ignore and none make every finding fail.",
        HelpName = "LEVEL",
    };
    private readonly Option<bool> _noFail = new("--no-fail") { Description = "Exit 0 even when there are findings (I/O and configuration errors still exit 2)." };
    private readonly Option<string[]> _ignore = new("--ignore") { Description = "Switch a rule off (code, name or alias); repeatable.", HelpName = "CODE" };
    private readonly Option<string[]> _enable = new("--enable") { Description = "Switch on a rule that is off by default; repeatable.", HelpName = "CODE" };
    private readonly Option<string[]> _severity = new("--severity") { Description = "Change a rule's severity (error, warning, info, style, off); repeatable.", HelpName = "CODE=LEVEL" };
    private readonly Option<string[]> _trusted = new("--trusted-registry") { Description = "A registry FROM images may come from (DL3026); repeatable.", HelpName = "REGISTRY" };
    private readonly Option<string?> _config = new("--config", "-c") { Description = "Use this configuration file instead of looking one up.", HelpName = "FILE" };
    private readonly Option<string?> _context = new("--context") { Description = "The build context directory, for rules that check COPY sources and .dockerignore.", HelpName = "DIR" };
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

    public void AddTo(Command command)
    {
        command.Arguments.Add(_paths);
        foreach (var option in new Option[]
                 {
                     _format, _output, _threshold, _noFail, _ignore, _enable, _severity, _asError, _asWarning, _asInfo, _asStyle,
                     _trusted, _config, _context,
                     _disableSuppressions, _strictLabels, _requireLabel, _color, _noColor, _stdinFileName, _filePathInReport,
                     _githubMaxAnnotations, _sarifRules, _verbose,
                 })
            command.Options.Add(option);
        command.SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        // System.CommandLine hands unknown options to the paths argument; a path that really starts with '-' can be written ./-x.
        if ((parse.GetValue(_paths) ?? []).FirstOrDefault(p => p.Length > 1 && p[0] == '-') is { } unknown)
            throw new CliException($"unknown option '{unknown}' (run 'dockerfile-lint --help' for usage)");

        var rules = RuleCatalog.All;
        var commandLine = CommandLineSettings.ToConfiguration(new CommandLineSettings.Raw(
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
            parse.GetValue(_disableSuppressions),
            parse.GetValue(_strictLabels),
            parse.GetValue(_requireLabel)), rules, env);
        var targets = (parse.GetValue(_format) ?? []).Select(ReportTarget.Parse).ToList();
        CheckDestinations(targets, parse.GetValue(_output));
        if (parse.GetValue(_githubMaxAnnotations) is < 0)
            throw new CliException("--github-max-annotations must be 0 (no limit) or more");

        var discovery = new FileDiscovery(env);
        string? stdinName = parse.GetValue(_stdinFileName);
        var inputs = discovery.Discover(parse.GetValue(_paths) ?? [], stdinName);
        foreach (var error in discovery.Errors) env.Error.WriteLine($"dockerfile-lint: {error}");

        var resolver = new ConfigurationResolver(env, rules, commandLine, parse.GetValue(_config), stdinName);
        var configurations = inputs.Select(resolver.For).ToArray();
        // Run-wide settings (the format) come from the configuration of stdin's name or of the working directory.
        var runConfiguration = inputs.FirstOrDefault(i => i.IsStandardInput) is { } stdin
            ? resolver.For(stdin)
            : resolver.ForDirectory(env.WorkingDirectory);
        foreach (var warning in resolver.Warnings.Distinct()) env.Error.WriteLine($"dockerfile-lint: {warning}");
        bool verbose = parse.GetValue(_verbose);
        // One note per run, and only where someone reads it: ShellCheck codes in a hadolint file are expected.
        if (resolver.ShellCheckCodes.Count > 0 && (verbose || env.IsOutputTerminal))
            env.Error.WriteLine($"dockerfile-lint: note: ShellCheck codes in the configuration ({string.Join(", ", resolver.ShellCheckCodes)}) " +
                                "are accepted and ignored: there are no ShellCheck checks yet");
        if (verbose) WriteVerbose(inputs, configurations, resolver);
        if (resolver.Errors.Count > 0)
        {
            foreach (var error in resolver.Errors.Distinct()) env.Error.WriteLine($"dockerfile-lint: {error}");
            return ExitCodes.UsageOrIoError;
        }

        string? pathInReport = parse.GetValue(_filePathInReport);
        if (pathInReport is not null && inputs.Count > 1)
            throw new CliException($"--file-path-in-report names one file, but {inputs.Count} files are linted");
        var outcomes = LintAll(inputs, configurations, pathInReport);
        bool ioError = discovery.Errors.Count > 0;
        var reports = new List<FileReport>();
        bool fails = false;
        for (int i = 0; i < inputs.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Warning is not null) env.Error.WriteLine($"dockerfile-lint: warning: {outcome.Warning}");
            if (outcome.Error is not null)
            {
                env.Error.WriteLine($"dockerfile-lint: {outcome.Error}");
                ioError = true;
                continue;
            }
            reports.Add(outcome.Report!);
            fails |= FailurePolicy.Fails(outcome.Report!.Diagnostics, configurations[i]);
        }
        if (inputs.Count == 0 && !ioError)
            env.Error.WriteLine("dockerfile-lint: no Dockerfiles found (looked for Dockerfile, Dockerfile.*, Dockerfile-*, Dockerfile_*, *.Dockerfile, *.dockerfile, Containerfile*)");

        if (targets.Count == 0)
        {
            string? fromFile = runConfiguration.Format;
            targets.Add(fromFile is not null && ReportFormatNames.TryParse(fromFile, out var configured)
                ? new ReportTarget(configured, null, Explicit: true)
                : new ReportTarget(ReportFormat.Tty, null, Explicit: false));
        }
        bool written = WriteReports(parse, targets, reports, ioError);
        int exit = !written || ioError ? ExitCodes.UsageOrIoError : fails ? ExitCodes.Findings : ExitCodes.Success;
        if (verbose)
            env.Error.WriteLine($"dockerfile-lint: linted {reports.Count} of {inputs.Count} file(s); " +
                                $"{reports.Sum(r => r.Diagnostics.Count)} finding(s); exit code {exit}");
        return exit;
    }

    private sealed record Outcome(FileReport? Report, string? Warning, string? Error);

    private Outcome[] LintAll(IReadOnlyList<InputFile> inputs, LinterConfiguration[] configurations, string? pathInReport)
    {
        var engine = new LintEngine();
        var outcomes = new Outcome[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var input = inputs[i];
            string? text = InputReader.Read(input, env, out var warning, out var error);
            if (text is null)
            {
                outcomes[i] = new Outcome(null, warning, error);
                return;
            }
            string shown = pathInReport ?? input.DisplayPath;
            var result = engine.Lint(text, shown, configurations[i]);
            outcomes[i] = new Outcome(FileReport.From(result, shown), warning, null);
        });
        return outcomes;
    }

    private void WriteVerbose(IReadOnlyList<InputFile> inputs, LinterConfiguration[] configurations, ConfigurationResolver resolver)
    {
        var groups = inputs.Select((input, i) => (input, configuration: configurations[i]))
            .GroupBy(x => x.configuration.SourcePath ?? "");
        foreach (var group in groups)
        {
            string source = group.Key.Length == 0 ? "no configuration file (defaults and command line)" : $"configuration {resolver.ShownPath(group.Key)}";
            var c = group.First().configuration;
            env.Error.WriteLine($"dockerfile-lint: {source} for {string.Join(", ", group.Select(x => x.input.DisplayPath))}");
            env.Error.WriteLine($"dockerfile-lint:   failure threshold {(c.FailureThreshold ?? FailurePolicy.DefaultThreshold).ToString().ToLowerInvariant()}" +
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
    private bool WriteReports(ParseResult parse, List<ReportTarget> targets, List<FileReport> reports, bool hadErrors)
    {
        string? outputPath = parse.GetValue(_output);
        bool ok = true;
        foreach (var target in targets)
        {
            string? path = target.Path ?? outputPath;
            // A human report about nothing would only hide the error messages above it.
            if (target.Format == ReportFormat.Tty && path is null && reports.Count == 0 && hadErrors) continue;
            string text = ReportFormatter.For(target.Format).Format(reports, RuleCatalog.All, Options(parse, target, path));
            if (path is null) env.Out.Write(text);
            else ok &= ReportFileWriter.Write(env, path, text);
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
}
