using Dockerfile.Linter.Tests.TestSupport;
using System.Diagnostics;
using Dockerfile.Linter.Context;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dockerfile.Linter.Tests.Context;

/// <summary>Contexts and ignore files from strangers: many patterns, FIFOs where files are expected.</summary>
public class HostileContextTests
{
    [Fact]
    public void Ten_thousand_ignore_patterns_over_a_hundred_files_are_matched_cheaply()
    {
        // Each pattern used to become its own NonBacktracking regex: 10,000 of them over 100 files took minutes and
        // gigabytes. They are glob automata now; the result must be what the patterns say.
        using var ctx = new TempContext();
        for (int d = 0; d < 10; d++)
            for (int f = 0; f < 10; f++)
                ctx.File($"dir{d}/sub{d}x/a{f}.txt");
        var patterns = Enumerable.Range(0, 10_000).Select(i => $"dir{i % 50}/*sub{i}?/[a-c]*.log{i}").ToList();
        patterns.Add("dir3/sub3?/[a-b][0-4].t?t");   // excludes dir3/sub3x/a0.txt … a4.txt
        patterns.Add("**/a9.*");                    // excludes the a9.txt of every folder
        ctx.File(".dockerignore", string.Join('\n', patterns));

        var summary = BuildContext.Open(ctx.Root).Summary;

        Assert.Equal(101 - 5 - 10, summary.FileCount);   // 100 files + .dockerignore
        Assert.Empty(summary.Problems);
    }

    [Fact]
    public void Ten_thousand_patterns_with_RE2_digit_classes_are_matched_cheaply()
    {
        // "\d" is a digit to RE2 (moby's patterns become RE2 regexes): such patterns used to need a regex each.
        var patterns = Enumerable.Range(0, 10_000).Select(i => $"dir{i % 50}/x\\d{i}*").Append("dir1/a\\d.txt");
        var file = DockerIgnoreFile.Parse(string.Join('\n', patterns));

        Assert.Empty(file.Problems);
        Assert.True(file.Matcher.IsExcluded("dir1/a7.txt"));
        Assert.False(file.Matcher.IsExcluded("dir1/ab.txt"));
        Assert.True(file.Matcher.IsExcluded("dir3/x553yz"));   // dir3/x\d53* matches it
        Assert.False(file.Matcher.IsExcluded("dir3/xa53"));
    }

    [Fact]
    public void A_FIFO_named_like_a_secret_is_reported_and_never_opened()
    {
        if (!CanMakeFifos()) return;
        using var ctx = new TempContext().File("app/main.py").File("real/.npmrc", "//registry.npmjs.org/:_authToken=abc123secret");
        MakeFifo(ctx.Full(".npmrc"));
        MakeFifo(ctx.Full("certs/server.pem"));

        // Opening either FIFO for reading would wait for a writer forever.
        var summary = BuildContext.Open(ctx.Root).Summary;

        Assert.Equal(
            [".npmrc NotRegularFile", "certs/server.pem NotRegularFile"],
            summary.Problems.Select(p => $"{p.Path} {p.Kind}").Order(StringComparer.Ordinal));
        Assert.Equal(["real/.npmrc"], summary.SecretFiles.Select(s => s.Path));
        Assert.Equal(4, summary.FileCount);
    }

    [Fact]
    public void Linting_with_a_context_holding_FIFOs_finishes_and_reports_them()
    {
        if (!CanMakeFifos()) return;
        using var ctx = new TempContext().File("Dockerfile", "FROM alpine:3.20\nCOPY . /app\nUSER 1000\n");
        MakeFifo(ctx.Full(".npmrc"));
        MakeFifo(ctx.Full("server.pem"));
        MakeFifo(ctx.Full(".dockerignore"));

        var linter = new DockerfileLinter(new LintOptions { ContextDirectory = ctx.Root });
        var result = linter.LintFile(ctx.Full("Dockerfile"));

        Assert.Equal([".dockerignore", ".npmrc", "server.pem"], result.ContextProblems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(result.ContextProblems, p => Assert.Equal(ContextProblemKind.NotRegularFile, p.Kind));
    }

    [Fact]
    public void LintFile_refuses_a_FIFO_instead_of_waiting_for_a_writer()
    {
        if (!CanMakeFifos()) return;
        using var ctx = new TempContext();
        MakeFifo(ctx.Full("Dockerfile"));
        var error = Assert.Throws<IOException>(() => new DockerfileLinter().LintFile(ctx.Full("Dockerfile")));
        Assert.EndsWith("Dockerfile: not a regular file (it is a FIFO (named pipe))", error.Message);
    }

    [Fact]
    public void The_type_probe_tells_FIFOs_devices_and_regular_files_apart()
    {
        if (!CanMakeFifos()) return;
        using var ctx = new TempContext().File("plain");
        MakeFifo(ctx.Full("pipe"));
        Assert.Equal(FileType.Regular, FileTypeProbe.Probe(ctx.Full("plain")));
        Assert.Equal(FileType.Fifo, FileTypeProbe.Probe(ctx.Full("pipe")));
        Assert.Equal(FileType.Directory, FileTypeProbe.Probe(ctx.Root));
        Assert.Equal(FileType.CharacterDevice, FileTypeProbe.Probe("/dev/null"));
        Assert.Equal(FileType.Unknown, FileTypeProbe.Probe(ctx.Full("missing")));
    }

    internal static bool CanMakeFifos() => !OperatingSystem.IsWindows();

    internal static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    // Patterns from pieces whose RE2 reading the automaton must reproduce, and some it must hand back to the regex.
    private static readonly string[] PatternPieces =
        ["a", "b", "/", "*", "**", "**/", "?", ".", "[ab]", "[^a]", "[a-b]", "[\\]]", "\\.", "\\*", "^", "$", "\\d", "[[:alpha:]]", "+",
         "\\b", "\\B", "\\A", "\\z", "\\pL", "\\PN", "\\pZ", "[[:^digit:]_]", "[^[:punct:][:space:]]", "[[:word:]-]", "[[:bogus:]]"];
    // No non-ASCII letters: .NET's \b counts them as word characters, RE2's (and the automaton's) does not.
    private static readonly string[] PathPieces = ["a", "b", "/", ".", "ab", "]", "1", "$", "+", "^", "_", " ", "-", "Ⅻ"];

    private static Arbitrary<(string Pattern, string Path)> IgnoreCases() =>
        (from pieces in Gen.ArrayOf(Gen.Elements(PatternPieces)).Resize(6)
         from path in Gen.ArrayOf(Gen.Elements(PathPieces)).Resize(8)
         select (string.Concat(pieces), string.Concat(path))).ToArbitrary();

    [SeededProperty(MaxTest = 2000)]
    public Property Ignore_pattern_automaton_agrees_with_the_regex_translation() =>
        Prop.ForAll(IgnoreCases(), c =>
        {
            var viaRegex = CompiledIgnorePattern.TryCompile(c.Pattern, out var regexError, allowAutomaton: false);
            var viaAutomaton = CompiledIgnorePattern.TryCompile(c.Pattern, out var automatonError);
            Assert.Equal(regexError, automatonError);
            if (viaRegex is null) return;
            Assert.Equal(viaRegex.Matches(c.Path), viaAutomaton!.Matches(c.Path));
        });
}
