using System.Text.Json;
using NJsonSchema;

namespace Dockerfile.Linter.Cli.Tests.Commands;

/// <summary>The inferred build context on the command line: --build-context, build-contexts:, and the context in reports.</summary>
public sealed class BuildContextCliTests : IDisposable
{
    private static readonly string[] Only = Samples.OnlyRules("DF2003", "DL3006", "DL3022");

    // A compose application: the API is built from its folder, the web front end from the root.
    private readonly TempDirectory _repo = new();

    public BuildContextCliTests()
    {
        _repo.Write("docker-compose.yml", "services:\n  api:\n    build: ./api\n  web:\n    build:\n      context: .\n      dockerfile: web/Dockerfile\n");
        _repo.Write("api/Dockerfile", "FROM golang:1.22\nCOPY go.mod ./\nCOPY missing.go ./\n");
        _repo.Write("api/go.mod", "module api\n");
        _repo.Write("web/Dockerfile", "FROM node:22-alpine\nCOPY web/package.json ./\n");
        _repo.Write("web/package.json", "{}");
    }

    public void Dispose() => _repo.Dispose();

    // The summary (and with it the contexts) is printed on a terminal or with an explicit -f tty, not to a pipe.
    [Fact]
    public void Tty_summary_says_which_context_was_used_and_why()
    {
        var run = CliRunner.Run(_repo.Path, Only.With("-f", "tty", "api/Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning[DF2003] 'missing.go' does not exist in the build context ./ (docker-compose.yml service api)", run.Out);
        Assert.EndsWith("context: ./api/ (docker-compose.yml service api)\n", run.Out);
    }

    [Fact]
    public void Tty_summary_lists_the_files_of_each_context_when_they_differ()
    {
        var run = CliRunner.Run(_repo.Path, Only.With("-f", "tty", "api/Dockerfile", "web/Dockerfile"));
        Assert.Contains("context: ./api/ (docker-compose.yml service api) for api/Dockerfile\n", run.Out);
        Assert.Contains("context: ./ (docker-compose.yml service web) for web/Dockerfile\n", run.Out);
    }

    [Fact]
    public void Explicit_context_wins_and_is_reported_as_such()
    {
        var run = CliRunner.Run(_repo.Path, Only.With("-f", "tty", "--context", "web", "api/Dockerfile"));
        Assert.Contains("'go.mod' does not exist in the build context ../web/ (--context)", run.Out);
        Assert.EndsWith("context: ./web/ (--context)\n", run.Out);
    }

    [Fact]
    public void Context_from_the_configuration_file_is_reported_with_the_file()
    {
        _repo.Write(".dockerfile-lint.yaml", "context: web\n");
        var run = CliRunner.Run(_repo.Path, Only.With("-f", "tty", "api/Dockerfile"));
        Assert.EndsWith("context: ./web/ (context: in .dockerfile-lint.yaml)\n", run.Out);
    }

    [Fact]
    public async Task Json_report_carries_the_context_of_each_file_and_validates()
    {
        var run = CliRunner.Run(_repo.Path, Only.With("-f", "json", "api/Dockerfile", "web/Dockerfile"));
        using var doc = JsonDocument.Parse(run.Out);
        var files = doc.RootElement.GetProperty("files");
        var api = files[0].GetProperty("context");
        Assert.Equal("./api/", api.GetProperty("directory").GetString());
        Assert.Equal("compose", api.GetProperty("origin").GetString());
        Assert.Equal("docker-compose.yml service api", api.GetProperty("reason").GetString());
        Assert.Equal("docker-compose.yml", api.GetProperty("definitionFile").GetString());
        Assert.Equal("api", api.GetProperty("definitionName").GetString());
        Assert.Equal("./", files[1].GetProperty("context").GetProperty("directory").GetString());

        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "schemas", "dockerfile-lint-report.schema.json"));
        Assert.Empty(schema.Validate(run.Out));
    }

    [RequiresSarifSchemaFact]
    public async Task Sarif_lists_each_file_with_its_context_and_validates()
    {
        var run = CliRunner.Run(_repo.Path, Only.With("-f", "sarif", "api/Dockerfile", "web/Dockerfile"));
        var schema = await JsonSchema.FromFileAsync(RepositoryPaths.SarifSchema);
        Assert.Empty(schema.Validate(run.Out));
        using var doc = JsonDocument.Parse(run.Out);
        var sarifRun = doc.RootElement.GetProperty("runs")[0];
        var artifacts = sarifRun.GetProperty("artifacts");
        Assert.Equal(2, artifacts.GetArrayLength());
        Assert.Equal("api/Dockerfile", artifacts[0].GetProperty("location").GetProperty("uri").GetString());
        var context = artifacts[0].GetProperty("properties").GetProperty("buildContext");
        Assert.Equal("./api/", context.GetProperty("directory").GetString());
        Assert.Equal("compose", context.GetProperty("origin").GetString());
        Assert.Equal("docker-compose.yml service api", context.GetProperty("reason").GetString());
        var result = sarifRun.GetProperty("results")[0];
        Assert.Equal(0, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32());
    }

    [Fact]
    public void Build_context_option_resolves_FROM_and_COPY_from_names()
    {
        _repo.Write("assets/logo.png", "png");
        _repo.Write("app/Dockerfile", "FROM base\nCOPY --from=assets logo.png missing.css /srv/\n");
        var without = CliRunner.Run(_repo.Path, Only.With("app/Dockerfile"));
        Assert.Contains("DL3006", without.Out);
        Assert.Contains("DL3022", without.Out);

        var with = CliRunner.Run(_repo.Path, Only.With("--build-context", "base=docker-image://alpine:3.20",
            "--build-context", "assets=assets", "app/Dockerfile"));
        Assert.DoesNotContain("DL3006", with.Out);
        Assert.DoesNotContain("DL3022", with.Out);
        Assert.Contains("DF2003 warning: 'missing.css' does not exist in the named context 'assets' ../assets/", with.Out);
        Assert.DoesNotContain("logo.png", with.Out);

        var json = CliRunner.Run(_repo.Path, Only.With("-f", "json", "--build-context", "assets=assets", "app/Dockerfile"));
        using var doc = JsonDocument.Parse(json.Out);
        var named = doc.RootElement.GetProperty("files")[0].GetProperty("context").GetProperty("namedContexts");
        Assert.Equal("assets", named.GetProperty("assets").GetString());
    }

    [Fact]
    public void Build_contexts_in_configuration_resolve_against_the_configuration_folder()
    {
        _repo.Write("assets/logo.png", "png");
        _repo.Write("app/Dockerfile", "FROM base\nCOPY --from=assets logo.png /srv/\n");
        _repo.Write(".dockerfile-lint.yaml", "build-contexts:\n  base: docker-image://alpine:3.20\n  assets: ./assets\n");
        var run = CliRunner.Run(Path.Combine(_repo.Path, "app"), Only.With("Dockerfile"));
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("DL3006", run.Out);
        Assert.DoesNotContain("DF2003", run.Out);
    }

    [Theory]
    [InlineData("assets", "--build-context expects NAME=PATH")]
    [InlineData("assets=no/such/folder", "--build-context assets=no/such/folder: not a directory")]
    public void Bad_build_context_values_exit_2_with_one_line(string value, string message)
    {
        var run = CliRunner.Run(_repo.Path, "--build-context", value, "api/Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Bad_build_contexts_in_configuration_are_reported_with_their_position()
    {
        _repo.Write(".dockerfile-lint.yaml", "build-contexts:\n  - nameonly\n");
        var run = CliRunner.Run(_repo.Path, "api/Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".dockerfile-lint.yaml:2:5: each build context needs a name and a value", run.Error);
    }

    [Fact]
    public void Stdin_with_a_file_name_gets_the_context_of_that_file()
    {
        var run = CliRunner.Run(_repo.Path, Only.With("--stdin-filename", "api/Dockerfile", "-"), stdin: "FROM golang:1.22\nCOPY nope.go ./\n");
        Assert.Contains("'nope.go' does not exist in the build context ./ (docker-compose.yml service api)", run.Out);
    }
}
