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
    private readonly Option<string?> _format = new Option<string?>("--format", "-f")
    {
        Description = "Output format. Default: tty with code frames and colours on a terminal, plain lines otherwise.",
        HelpName = "tty|json|sarif|checkstyle|gitlab|github|gnu|hadolint-json",
    }.AcceptOnlyFromAmong([.. ReportFormatNames.All]);
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report to FILE instead of stdout.", HelpName = "FILE" };
    private readonly Option<string?> _threshold = new Option<string?>("--failure-threshold", "-t")
    {
        Description = "Least severe finding that makes the exit code 1 (default: the preset's, warning for recommended and all, info for hadolint).",
        HelpName = "error|warning|info|style|none",
    }.AcceptOnlyFromAmong("error", "warning", "info", "style", "none");
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
    private readonly Option<bool> _disableSuppressions = new("--disable-inline-suppressions") { Description = "Ignore '# hadolint ignore=…' and '# dockerfile-lint ignore=…' comments." };
    private readonly Option<bool> _noColor = new("--no-color") { Description = "No ANSI colours (also when NO_COLOR is set)." };
    private readonly Option<string?> _stdinFileName = new("--stdin-filename") { Description = "The path to report (and look configuration up from) for '-'.", HelpName = "PATH" };
    private readonly Option<bool> _fix = new("--fix") { Description = "Apply the safe fixes to the files (for '-': print the fixed text), then report what remains." };
    private readonly Option<bool> _unsafeFixes = new("--unsafe-fixes") { Description = "With --fix or --diff: also the fixes that may change the image." };
    private readonly Option<bool> _diff = new("--diff") { Description = "Print a unified diff of what --fix would change, write nothing; exit 1 when there is something to fix." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(_paths);
        foreach (var option in new Option[] { _format, _output, _preset, _threshold, _noFail, _ignore, _enable, _severity, _trusted, _config, _context, _buildContexts, _disableSuppressions, _noColor, _stdinFileName, _fix, _unsafeFixes, _diff })
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
            parse.GetValue(_severity) ?? [],
            parse.GetValue(_threshold),
            parse.GetValue(_noFail),
            parse.GetValue(_trusted) ?? [],
            parse.GetValue(_context),
            parse.GetValue(_buildContexts) ?? [],
            parse.GetValue(_format),
            parse.GetValue(_disableSuppressions)), rules, env);

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
        if (resolver.Errors.Count > 0)
        {
            foreach (var error in resolver.Errors.Distinct()) env.Error.WriteLine($"dockerfile-lint: {error}");
            return ExitCodes.UsageOrIoError;
        }

        string? stdinPath = stdinName is null ? null : env.FullPath(stdinName);
        var outcomes = LintAll(inputs, configurations, commandLine.Context is not null, stdinPath, fixSettings);
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
            fails |= FailurePolicy.Fails(outcome.Report!.Diagnostics, configurations[i]);
        }
        if (inputs.Count == 0 && !ioError)
            env.Error.WriteLine("dockerfile-lint: no Dockerfiles found (looked for Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile*)");

        var readPaths = inputs.Where(i => !i.IsStandardInput).Select(i => i.FullPath!)
            .Concat(configurations.Select(c => c.SourcePath).OfType<string>());
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
        var reportWriter = stdinText.Count > 0 ? env.Error : env.Out;
        if (!WriteReport(parse, reports, runConfiguration, ioError, readPaths, reportWriter)) return ExitCodes.UsageOrIoError;
        if (fixSettings.Mode == FixMode.Apply)
            foreach (var line in FixSummary.Lines(fixSettings, fixes)) env.Error.WriteLine(line);
        if (ioError) return ExitCodes.UsageOrIoError;
        return fails ? ExitCodes.Findings : ExitCodes.Success;
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

    private Outcome[] LintAll(IReadOnlyList<InputFile> inputs, LinterConfiguration[] configurations, bool contextOnCommandLine, string? stdinPath, FixSettings fixSettings)
    {
        var engine = new LintEngine();
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
            var result = engine.Lint(text, input.DisplayPath, configuration, fileOnDisk, reason);
            // The context walk skips what it cannot or must not read (a FIFO could block forever): say so.
            var warnings = new List<string>();
            if (warning is not null) warnings.Add(warning);
            foreach (var problem in result.ContextProblems.Where(p => p.Kind == ContextProblemKind.NotRegularFile))
                warnings.Add($"{input.DisplayPath}: build context entry '{problem.Path}' is {problem.Message}");
            outcomes[i] = new Outcome(FileReport.From(result, input.DisplayPath), warnings, fixOutcome?.Error, fixOutcome);
        });
        return outcomes;
    }

    private bool WriteReport(ParseResult parse, List<FileReport> reports, LinterConfiguration run, bool hadErrors, IEnumerable<string> readPaths, TextWriter stdout)
    {
        string? outputPath = parse.GetValue(_output);
        bool toTerminal = outputPath is null && env.IsOutputTerminal;
        bool explicitFormat = run.Format is not null;
        ReportFormatNames.TryParse(run.Format ?? "tty", out var format);
        bool color = format == ReportFormat.Tty && toTerminal && !parse.GetValue(_noColor)
            && string.IsNullOrEmpty(env.GetEnvironmentVariable("NO_COLOR"));
        var options = new ReportOptions
        {
            Color = color,
            CodeFrames = explicitFormat || toTerminal,
            WorkingDirectory = env.WorkingDirectory,
            ToolVersion = ToolVersion.Current,
        };
        // A human report about nothing would only hide the error messages above it.
        if (format == ReportFormat.Tty && reports.Count == 0 && hadErrors) return true;
        string text = ReportFormatter.For(format).Format(reports, RuleCatalog.All, options);
        if (outputPath is null)
        {
            stdout.Write(text);
            return true;
        }
        if (ReportFileWriter.Write(env, outputPath, readPaths, text) is not { } problem) return true;
        env.Error.WriteLine($"dockerfile-lint: {problem}");
        return false;
    }
}
