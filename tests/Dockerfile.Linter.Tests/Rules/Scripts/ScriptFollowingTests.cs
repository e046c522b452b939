using System.Collections.Immutable;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.Scripts;

/// <summary>
/// Scripts copied from a real build context (a temp folder) and run by RUN, ENTRYPOINT or CMD: found through the
/// stage's COPY/ADD, read within bounds, and checked by the container, secret and download rules, with findings in the
/// script's own file.
/// </summary>
public sealed class ScriptFollowingTests : IDisposable
{
    private const string TwoDaemons = "#!/bin/sh\nset -e\n[|php-fpm -D|]\nexec nginx -g 'daemon off;'\n";

    private readonly TempContext _ctx = new();
    private readonly List<string> _outside = [];

    public void Dispose()
    {
        _ctx.Dispose();
        foreach (var directory in _outside)
        {
            try { Directory.Delete(directory, recursive: true); }
            catch (IOException) { }
        }
    }

    private LintOptions Options => new() { ContextDirectory = _ctx.Root };

    /// <summary>Writes the script (marks removed) and returns the spans marked in it.</summary>
    private List<TextSpan> Script(string path, string marked)
    {
        var (text, spans) = RuleTester.ParseMarkup(marked);
        _ctx.File(path, text);
        return spans;
    }

    private ImmutableArray<Diagnostic> Lint<TRule>(string dockerfile, LintOptions? options = null) where TRule : Rule, new() =>
        RuleTester.Diagnostics<TRule>(dockerfile, options ?? Options);

    private static void AssertFindings(IEnumerable<Diagnostic> diagnostics, string contextPath, IEnumerable<TextSpan> expected)
    {
        var list = diagnostics.ToList();
        Assert.All(list, d => Assert.Equal(contextPath, d.File?.ContextPath));
        Assert.Equal(expected.OrderBy(s => s.Start), list.Select(d => d.Span).OrderBy(s => s.Start));
    }

    [Fact]
    public void An_entrypoint_script_that_starts_two_daemons_is_reported_at_its_own_line()
    {
        var spans = Script("docker-entrypoint.sh", TwoDaemons);
        const string dockerfile = "FROM php:8.3-fpm-alpine\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\n";

        var d = Assert.Single(Lint<DF5001MultipleProcessesInCommand>(dockerfile));

        AssertFindings([d], "docker-entrypoint.sh", spans);
        Assert.Equal(new LinePosition(3, 1), d.Location.Start);
        Assert.Equal(new LinePosition(3, 11), d.Location.End);
        Assert.Equal(Path.Combine(_ctx.Root, "docker-entrypoint.sh"), Path.GetFullPath(d.File!.Path));
        Assert.Equal("'php-fpm -D' keeps running next to the main process; run one process per container", d.Message);
        var related = Assert.Single(d.RelatedLocations);
        Assert.Null(related.File);
        Assert.Equal("\"docker-entrypoint.sh\"", dockerfile.Substring(related.Span.Start, related.Span.Length));
        Assert.Equal(new LinePosition(3, 13), related.Location.Start);
        Assert.Equal("'docker-entrypoint.sh' is run by this ENTRYPOINT", related.Message);
    }

    [Fact]
    public void A_clean_entrypoint_script_gives_nothing()
    {
        Script("entrypoint.sh", "#!/bin/sh\nset -e\nchown -R app /data\nif [ \"$1\" = serve ]; then\n  exec gunicorn app:app\nfi\nexec \"$@\"\n");
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM python:3.12-slim\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n"));
        Assert.Empty(Lint<DF5003SshOrCronNextToApplication>("FROM python:3.12-slim\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n"));
    }

    [Fact]
    public void A_missing_script_gives_nothing()
    {
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM nginx:1.27\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n"));
    }

    [Fact]
    public void A_script_linked_out_of_the_context_is_not_read()
    {
        var outside = Path.Combine(Path.GetTempPath(), "dfl-outside-" + Guid.NewGuid().ToString("N"));
        _outside.Add(outside);
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "start.sh"), RuleTester.ParseMarkup(TwoDaemons).Text);
        _ctx.Link("start.sh", Path.Combine(outside, "start.sh"));
        _ctx.Link("bin", outside);   // a linked directory: bin/start.sh lies outside too

        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY start.sh /start.sh\nCMD [\"/start.sh\"]\n"));
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY bin/ /opt/bin/\nCMD [\"/opt/bin/start.sh\"]\n"));
    }

    [Fact]
    public void An_oversized_script_is_skipped()
    {
        var (text, _) = RuleTester.ParseMarkup(TwoDaemons);
        _ctx.File("big.sh", text + new string('#', ScriptFollower.MaxScriptBytes));
        _ctx.File("small.sh", text);
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY big.sh /big.sh\nCMD [\"/big.sh\"]\n"));
        Assert.Single(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY small.sh /small.sh\nCMD [\"/small.sh\"]\n"));
    }

    [Fact]
    public void Without_a_build_context_nothing_is_followed()
    {
        Script("start.sh", TwoDaemons);
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY start.sh /start.sh\nCMD [\"/start.sh\"]\n", new LintOptions()));
    }

    [Theory]
    // exec and shell forms, WORKDIR-relative destinations and commands, directories, globs, --chmod, bare names in PATH
    [InlineData("COPY start.sh /start.sh\nCMD [\"/start.sh\"]", "/start.sh")]
    [InlineData("COPY --chmod=755 start.sh /\nENTRYPOINT /start.sh", "/start.sh")]
    [InlineData("COPY start.sh /srv/\nCMD [\"sh\", \"/srv/start.sh\"]", "/srv/start.sh")]
    [InlineData("WORKDIR /app\nCOPY . .\nCMD [\"./start.sh\"]", "/app/start.sh")]
    [InlineData("WORKDIR /app\nCOPY start.sh run/\nWORKDIR run\nCMD bash -e start.sh", "/app/run/start.sh")]
    [InlineData("COPY *.sh /usr/local/bin/\nENTRYPOINT [\"start.sh\"]", "/usr/local/bin/start.sh")]
    [InlineData("COPY start.sh /usr/local/bin\nENTRYPOINT [\"start.sh\"]", "/usr/local/bin/start.sh")]
    [InlineData("COPY start.sh /usr/local/bin/launch\nENTRYPOINT [\"launch\"]", "/usr/local/bin/launch")]
    [InlineData("ARG DIR=/opt\nCOPY start.sh ${DIR}/\nCMD [\"/opt/start.sh\"]", "/opt/start.sh")]
    [InlineData("COPY start.sh /\nENTRYPOINT [\"tini\", \"--\", \"/start.sh\"]", "/start.sh")]
    [InlineData("COPY start.sh /\nCMD exec /start.sh", "/start.sh")]
    public void Container_scripts_are_found_through_the_copies(string instructions, string imagePath)
    {
        var spans = Script("start.sh", TwoDaemons);
        var d = Assert.Single(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\n" + instructions + "\n"));
        AssertFindings([d], "start.sh", spans);
        Assert.Equal(imagePath, FollowedImagePath("FROM php:8.3-fpm\n" + instructions + "\n"));
    }

    [Theory]
    [InlineData("COPY install.sh /tmp/\nRUN ./install.sh", "")]                                   // ./ is relative to WORKDIR (/), not /tmp
    [InlineData("FROM alpine:3.20 AS b\nCOPY start.sh /\nFROM php:8.3-fpm\nCOPY --from=b /start.sh /\nCMD [\"/start.sh\"]", "")]
    [InlineData("ADD https://example.com/start.sh /\nCMD [\"/start.sh\"]", "")]
    [InlineData("COPY start.sh /\nCMD [\"sh\", \"-c\", \"echo /start.sh\"]", "")]
    [InlineData("COPY start.sh /\nRUN echo $(/start.sh)", "")]
    [InlineData("COPY start.sh /\nONBUILD CMD [\"/start.sh\"]", "")]
    public void Scripts_not_copied_from_the_context_are_not_followed(string instructions, string _)
    {
        Script("start.sh", TwoDaemons);
        Script("install.sh", TwoDaemons);
        var dockerfile = (instructions.StartsWith("FROM", StringComparison.Ordinal) ? "" : "FROM php:8.3-fpm\n") + instructions + "\n";
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>(dockerfile));
    }

    [Fact]
    public void A_script_that_dockerignore_excludes_is_not_read()
    {
        Script("start.sh", TwoDaemons);
        _ctx.File(".dockerignore", "*.sh\n");
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY start.sh /\nCMD [\"/start.sh\"]\n"));
    }

    [Fact]
    public void A_script_for_another_interpreter_is_not_parsed_as_shell()
    {
        _ctx.File("start.sh", "#!/usr/bin/env python3\nimport os\nos.system('php-fpm -D')\nprint('x') &\n");
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM python:3.12\nCOPY start.sh /\nCMD [\"/start.sh\"]\n"));
    }

    [Fact]
    public void Build_scripts_are_not_judged_as_the_container_process()
    {
        Script("install.sh", TwoDaemons);
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY install.sh /tmp/\nRUN sh /tmp/install.sh\n"));
    }

    [Theory]
    [InlineData("COPY install.sh /tmp/\nRUN chmod +x /tmp/install.sh && /tmp/install.sh")]
    [InlineData("COPY install.sh /tmp/\nRUN bash /tmp/install.sh")]
    [InlineData("WORKDIR /build\nCOPY install.sh .\nRUN sh install.sh")]
    [InlineData("WORKDIR /build\nCOPY . .\nRUN ./install.sh --prefix=/usr")]
    [InlineData("COPY install.sh /tmp/\nRUN [\"/bin/sh\", \"/tmp/install.sh\"]")]
    [InlineData("COPY install.sh /tmp/\nRUN . /tmp/install.sh")]
    public void Build_scripts_are_checked_for_downloads_run_unverified(string instructions)
    {
        var spans = Script("install.sh", "#!/bin/sh\nset -e\ncurl -fsSLO https://get.example.com/tool.sh\n[|sh tool.sh|]\n");
        var d = Assert.Single(Lint<DF4010DownloadedFileRunUnverified>("FROM debian:12\n" + instructions + "\n"));
        AssertFindings([d], "install.sh", spans);
        Assert.Equal(2, d.RelatedLocations.Count);
        Assert.Equal("install.sh", d.RelatedLocations[0].File?.ContextPath);   // the download, in the script
        Assert.Equal(3, d.RelatedLocations[0].Location.Start.Line);
        Assert.Null(d.RelatedLocations[1].File);                                 // the RUN, in the Dockerfile
        Assert.Equal(instructions.Split('\n').Length + 1, d.RelatedLocations[1].Location.Start.Line);
    }

    [Fact]
    public void A_copy_after_the_run_does_not_count()
    {
        Script("install.sh", "#!/bin/sh\ncurl -fsSL https://example.com/x.sh | sh\n");
        Assert.Empty(Lint<DF4007RemoteScriptPipedToShell>("FROM debian:12\nRUN /tmp/install.sh\nCOPY install.sh /tmp/\n"));
    }

    [Fact]
    public void A_base_stage_copy_counts()
    {
        var spans = Script("install.sh", "#!/bin/sh\n[|curl -fsSL https://example.com/x.sh | sh|]\n");
        var d = Assert.Single(Lint<DF4007RemoteScriptPipedToShell>("FROM debian:12 AS base\nCOPY install.sh /tmp/\nFROM base\nRUN /tmp/install.sh\n"));
        AssertFindings([d], "install.sh", spans);
    }

    [Fact]
    public void Supervisor_and_cron_in_an_entrypoint_script()
    {
        var supervisor = Script("supervise.sh", "#!/bin/bash\nset -e\nexec [|/usr/bin/supervisord|] -n -c /etc/supervisord.conf\n");
        var cron = Script("cron.sh", "#!/bin/sh\n[|service cron start|]\nexec \"$@\"\n");
        AssertFindings(Lint<DF5002ProcessSupervisor>("FROM debian:12\nCOPY supervise.sh /\nCMD [\"/supervise.sh\"]\n"), "supervise.sh", supervisor);
        AssertFindings(Lint<DF5003SshOrCronNextToApplication>("FROM debian:12\nCOPY cron.sh /\nENTRYPOINT [\"/cron.sh\"]\nCMD [\"gunicorn\"]\n"), "cron.sh", cron);
    }

    [Fact]
    public void A_secret_in_a_script_is_reported_in_the_script_and_masked()
    {
        var spans = Script("setup.sh", "#!/bin/sh\nset -e\nmysql -uroot -p[|hunter22|] -e 'SELECT 1'\n");
        var d = Assert.Single(Lint<DF3002SecretInCommand>("FROM alpine:3.20\nCOPY setup.sh /\nRUN /setup.sh\n"));
        AssertFindings([d], "setup.sh", spans);
        Assert.StartsWith("'setup.sh' contains a", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter22", d.Message, StringComparison.Ordinal);
        Assert.Contains("the image layer that copies it", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_run_at_build_and_at_start_is_checked_once_and_shown_with_its_start()
    {
        var spans = Script("setup.sh", "#!/bin/sh\nmysql -uroot -p[|hunter22|] -e 'SELECT 1'\nphp-fpm -D\nexec nginx -g 'daemon off;'\n");
        const string dockerfile = "FROM php:8.3-fpm\nCOPY setup.sh /\nRUN /setup.sh\nCMD [\"/setup.sh\"]\n";
        var d = Assert.Single(Lint<DF3002SecretInCommand>(dockerfile));
        AssertFindings([d], "setup.sh", spans);
        Assert.Equal("'setup.sh' is run by this CMD", d.RelatedLocations.Single().Message);
        Assert.Single(Lint<DF5001MultipleProcessesInCommand>(dockerfile));
    }

    [Theory]
    [InlineData("#!/bin/sh\n# hadolint ignore=DF5001\nphp-fpm -D\nexec nginx -g 'daemon off;'\n")]
    [InlineData("#!/bin/sh\n# shellcheck disable=DF5001\nphp-fpm -D\nexec nginx -g 'daemon off;'\n")]
    [InlineData("#!/bin/sh\nset -e\n# dockerfile-lint ignore=multiple-processes-in-command\nphp-fpm -D\nexec nginx -g 'daemon off;'\n")]
    public void The_scripts_own_comments_suppress(string script)
    {
        _ctx.File("start.sh", script);
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY start.sh /\nCMD [\"/start.sh\"]\n"));
    }

    [Fact]
    public void A_script_comment_covers_only_the_next_line()
    {
        var spans = Script("start.sh", "#!/bin/sh\nset -e\n# hadolint ignore=DF5001\nnginx\n[|php-fpm -D|]\nexec caddy run\n");
        AssertFindings(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY start.sh /\nCMD [\"/start.sh\"]\n"), "start.sh", spans);
    }

    [Theory]
    [InlineData("FROM php:8.3-fpm\nCOPY start.sh /\n# hadolint ignore=DF5001\nCMD [\"/start.sh\"]\n")]
    [InlineData("# hadolint global ignore=DF5001\nFROM php:8.3-fpm\nCOPY start.sh /\nCMD [\"/start.sh\"]\n")]
    public void The_dockerfiles_comments_at_the_running_instruction_suppress(string dockerfile)
    {
        Script("start.sh", TwoDaemons);
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>(dockerfile));
    }

    [Fact]
    public void Ignoring_the_rule_in_the_options_silences_it_in_scripts()
    {
        Script("start.sh", TwoDaemons);
        var options = Options;
        options.Ignore.Add("DF5001");
        var result = new DockerfileLinter(options).Lint("FROM php:8.3-fpm\nCOPY start.sh /\nCMD [\"/start.sh\"]\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.File is not null);
        var all = new DockerfileLinter(Options).Lint("FROM php:8.3-fpm\nCOPY start.sh /\nCMD [\"/start.sh\"]\n");
        Assert.Contains(all.Diagnostics, d => d.Code == "DF5001" && d.File?.ContextPath == "start.sh");
    }

    [Fact]
    public void At_most_a_bounded_number_of_scripts_are_read()
    {
        var lines = new List<string> { "FROM php:8.3-fpm" };
        for (int i = 0; i < ScriptFollower.MaxScripts + 4; i++)
        {
            Script($"s{i}.sh", TwoDaemons);
            lines.Add($"COPY s{i}.sh /s{i}.sh");
            lines.Add($"CMD [\"/s{i}.sh\"]");
        }
        var found = Lint<DF5001MultipleProcessesInCommand>(string.Join('\n', lines) + "\n");
        Assert.Equal(ScriptFollower.MaxScripts, found.Select(d => d.File?.ContextPath).Distinct().Count());
    }

    [Fact]
    public void A_fifo_is_never_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = _ctx.Full("start.sh");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        Assert.True(File.Exists(fifo));
        Assert.Empty(Lint<DF5001MultipleProcessesInCommand>("FROM php:8.3-fpm\nCOPY start.sh /\nCMD [\"/start.sh\"]\n"));
    }

    private string? FollowedImagePath(string dockerfile)
    {
        var syntax = global::Dockerfile.Linter.Parsing.DockerfileParser.Parse(dockerfile);
        var semantics = global::Dockerfile.Linter.Semantics.SemanticModel.Create(syntax);
        var context = global::Dockerfile.Linter.Context.BuildContext.Open(_ctx.Root);
        var scripts = ScriptFollower.Follow(syntax, semantics, context, global::Dockerfile.Linter.Shell.ShellParser.ParseRun);
        return scripts.SingleOrDefault()?.ImagePath;
    }
}
