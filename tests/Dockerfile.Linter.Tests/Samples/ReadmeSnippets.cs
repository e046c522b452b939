// README.md begin usings
using Dockerfile.Linter;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;
// README.md end usings

namespace Dockerfile.Linter.Tests.Samples;

/// <summary>
/// The C# block of README.md (and of the package README), verbatim, so that the build compiles it as a reader would.
/// <see cref="ReadmeSnippetTests"/> fails when the READMEs and this file differ.
/// </summary>
internal static class ReadmeSnippets
{
    public static void Library()
    {
        // README.md begin body
        // Parse: never throws; problems are in syntax.Diagnostics. Every node has an exact Span into the text,
        // and syntax.ToFullString() gives the input back byte for byte.
        DockerfileSyntax syntax = DockerfileParser.Parse(File.ReadAllText("Dockerfile"), "Dockerfile");
        foreach (var stage in syntax.Stages)
            Console.WriteLine($"stage {stage.Index} {stage.Name}: FROM {stage.From.Image}");

        // Lint: one linter instance, many files (it is thread-safe and LintFiles runs in parallel). The options are
        // checked here: an unknown rule or setting throws ArgumentException (with a "did you mean").
        var linter = new DockerfileLinter(new LintOptions { Ignore = { "DL3008" }, ContextDirectory = "." });
        LintResult result = linter.LintFile("Dockerfile");
        Console.WriteLine($"{result.Diagnostics.Length} findings");
        foreach (var d in result.Diagnostics)
            Console.WriteLine($"{d.Location.Start} {d.Code} {d.Severity}: {d.Message}");

        // Apply the safe fixes (text edits; e.g. DL3020 turns `ADD app.py /app/` into `COPY app.py /app/`),
        // lint again until nothing changes, and write the result back.
        FixResult fixedFile = linter.Fix(File.ReadAllText("Dockerfile"), "Dockerfile");
        if (fixedFile.Changed)
            File.WriteAllText("Dockerfile", fixedFile.FixedText);
        Console.WriteLine($"{fixedFile.AppliedFixes} fixes applied, {fixedFile.Remaining.Diagnostics.Length} findings left");
        // Lint as the command line does: the configuration that applies to the file (the nearest .dockerfile-lint.yaml
        // or .hadolint.yaml), its preset, and the exit policy (1 when a finding reaches the failure threshold).
        var configurations = new ConfigurationResolver();
        LinterConfiguration configuration = configurations.ForFile("Dockerfile");
        foreach (var error in configurations.Errors)
            Console.Error.WriteLine(error);
        LintResult asTheCliDoes = new DockerfileLinter(configuration.ToLintOptions()).LintFile("Dockerfile");
        Environment.ExitCode = configuration.Fails(asTheCliDoes.Diagnostics) ? 1 : 0;
        // README.md end body
    }
}
