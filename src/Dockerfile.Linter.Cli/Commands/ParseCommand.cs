using System.CommandLine;
using Dockerfile.Linter.Cli.Input;
using Dockerfile.Linter.Cli.Output;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary>
/// <c>parse</c> prints each file's syntax tree (JSON, or BuildKit's <c>Node.Dump</c> text). Parse errors go to stderr as
/// <c>file:line:col: message</c> (exit 1); unreadable paths are reported and skipped (exit 2).
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("paths") { Description = "Dockerfiles to parse; '-' reads stdin.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: the lossless syntax tree with spans; buildkit: the text BuildKit's parser Node.Dump prints.",
            DefaultValueFactory = _ => "json",
            HelpName = "json|buildkit",
        }.AcceptOnlyFromAmong("json", "buildkit");
        var output = new Option<string?>("--output", "-o") { Description = "Write the trees to FILE instead of stdout.", HelpName = "FILE" };
        var command = new Command("parse", "Parse Dockerfiles and print their syntax trees.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => Run(env, parse.GetValue(paths) ?? [], parse.GetValue(format) ?? "json", parse.GetValue(output)));
        return command;
    }

    private static int Run(CliEnvironment env, string[] paths, string format, string? outputPath)
    {
        // System.CommandLine hands unknown options to the paths argument; a path that really starts with '-' can be written ./-x.
        if (paths.FirstOrDefault(p => p.Length > 1 && p[0] == '-') is { } unknown)
            throw new CliException($"unknown option '{unknown}' (run 'dockerfile-lint parse --help' for usage)");
        int exit = ExitCodes.Success;
        var output = outputPath is null ? env.Out : new StringWriter { NewLine = "\n" };
        var inputs = new List<InputFile>();
        foreach (var path in paths)
        {
            if (path == "-") { inputs.Add(new InputFile("-", null)); continue; }
            string full = env.FullPath(path);
            if (Directory.Exists(full))
            {
                env.Error.WriteLine($"dockerfile-lint: {path}: is a directory (parse takes files; use 'lint' to search directories)");
                exit = ExitCodes.UsageOrIoError;
                continue;
            }
            inputs.Add(new InputFile(path, full));
        }

        bool several = paths.Length > 1;
        bool parseErrors = false;
        foreach (var input in inputs)
        {
            string? text = InputReader.Read(input, env, out var warning, out var error);
            if (warning is not null) env.Error.WriteLine($"dockerfile-lint: warning: {warning}");
            if (text is null)
            {
                env.Error.WriteLine($"dockerfile-lint: {error}");
                exit = ExitCodes.UsageOrIoError;
                continue;
            }
            var syntax = DockerfileParser.Parse(text, input.DisplayPath);
            if (several) output.WriteLine($"==> {Reporting.ControlCharacters.Escape(input.DisplayPath)} <==");
            output.Write(ParseOutput.Render(syntax, format));
            foreach (var d in syntax.Diagnostics)
            {
                var at = syntax.Source.GetLinePosition(d.Span.Start);
                bool isError = d.Severity == Severity.Error;
                parseErrors |= isError;
                env.Error.WriteLine($"{input.DisplayPath}:{at.Line}:{at.Column}: {(isError ? "" : "warning: ")}{d.Message}");
            }
        }
        if (outputPath is not null
            && ReportFileWriter.Write(env, outputPath, inputs.Where(i => !i.IsStandardInput).Select(i => i.FullPath!), output.ToString()!) is { } problem)
        {
            env.Error.WriteLine($"dockerfile-lint: {problem}");
            return ExitCodes.UsageOrIoError;
        }
        if (exit != ExitCodes.Success) return exit;
        return parseErrors ? ExitCodes.Findings : ExitCodes.Success;
    }
}
