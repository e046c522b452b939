using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Tests.Context.Inference;

/// <summary>Linting files from disk with an inferred context: DF2003 and the rules that meet named contexts.</summary>
public sealed class InferredContextLintTests : IDisposable
{
    private readonly TempContext _repo = new TempContext()
        .Dir(".git")
        .File("docker-compose.yml", "services:\n  api:\n    build:\n      context: .\n      dockerfile: api/Dockerfile\n")
        .File(".gitignore", "/dist/\n*.log\nnode_modules\n")
        .File("api/.gitignore", "generated/\n")
        .File("Makefile", "bin/server: main.go\n\tgo build -o bin/server .\n\nrelease:\n\tgo build -o ./bin/cli ./cmd/cli\n\techo v1 > VERSION\n\tcat NOTES.md\n")
        .File("main.go", "package main\n")
        .File("api/Dockerfile", "FROM alpine:3.20\n");

    public void Dispose() => _repo.Dispose();

    private static DockerfileLinter Linter(LintOptions? options = null) => new(options ?? new LintOptions { InferBuildContext = true });

    private LintResult LintFile(string relative, string text, DockerfileLinter? linter = null)
    {
        _repo.File(relative, text);
        return (linter ?? Linter()).LintFile(_repo.Full(relative));
    }

    private static IEnumerable<Diagnostic> Of(LintResult result, string code) => result.Diagnostics.Where(d => d.Code == code);

    [Fact]
    public void DF2003_is_a_warning_that_names_the_context_it_assumed_and_why()
    {
        var result = LintFile("api/Dockerfile", "FROM alpine:3.20\nCOPY main.go missing.txt /src/\n");
        var finding = Assert.Single(Of(result, "DF2003"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("'missing.txt' does not exist in the build context ../ (docker-compose.yml service api)", finding.Message);
        Assert.Equal(BuildContextOrigin.Compose, result.Context!.Origin);
    }

    [Theory]
    [InlineData("COPY dist/ /app/")]           // /dist/ in the root .gitignore
    [InlineData("COPY dist/app.js /app/")]     // below an ignored folder
    [InlineData("COPY build.log /app/")]       // *.log
    [InlineData("COPY node_modules /app/node_modules")]
    [InlineData("COPY api/generated/x.pb.go /app/")] // a nested .gitignore
    [InlineData("COPY dist/*.js /app/")]       // a glob below an ignored folder
    [InlineData("COPY bin/server /usr/local/bin/")] // a Makefile rule's target
    [InlineData("COPY bin/cli /usr/local/bin/")]    // go build -o ./bin/cli
    [InlineData("COPY VERSION /")]                  // echo … > VERSION
    public void Sources_made_before_the_build_are_not_missing(string copy)
    {
        var result = LintFile("api/Dockerfile", $"FROM alpine:3.20\n{copy}\n");
        Assert.Empty(Of(result, "DF2003"));
    }

    [Theory]
    [InlineData("COPY NOTES.md /")]        // the Makefile reads it, it does not write it
    [InlineData("COPY bin/serverless /")]  // not the same name as bin/server
    [InlineData("COPY src/app.js /")]
    public void Sources_nothing_makes_are_still_missing(string copy)
    {
        var result = LintFile("api/Dockerfile", $"FROM alpine:3.20\n{copy}\n");
        Assert.Single(Of(result, "DF2003"));
    }

    [Fact]
    public void The_explicit_context_wins_over_inference()
    {
        var linter = Linter(new LintOptions { InferBuildContext = true, ContextDirectory = _repo.Full("api") });
        var result = LintFile("api/Dockerfile", "FROM alpine:3.20\nCOPY main.go /src/\n", linter);
        Assert.Equal(BuildContextOrigin.Explicit, result.Context!.Origin);
        Assert.Equal(_repo.Full("api"), result.Context.Directory);
        var finding = Assert.Single(Of(result, "DF2003"));
        Assert.Equal("'main.go' does not exist in the build context ./ (the given context directory)", finding.Message);
    }

    [Fact]
    public void Without_inference_nothing_is_inferred()
    {
        var result = LintFile("api/Dockerfile", "FROM alpine:3.20\nCOPY missing.txt /\n", new DockerfileLinter());
        Assert.Null(result.Context);
        Assert.Empty(Of(result, "DF2003"));
    }

    [Fact]
    public void A_context_passed_to_Lint_is_used_and_reported()
    {
        var context = new BuildContextInferrer().Infer(_repo.Full("api/Dockerfile"));
        var result = new DockerfileLinter().Lint("FROM alpine:3.20\nCOPY nope /\n", _repo.Full("api/Dockerfile"), context);
        Assert.Same(context, result.Context);
        Assert.Contains("(docker-compose.yml service api)", Assert.Single(Of(result, "DF2003")).Message);
    }

    [Fact]
    public void Named_contexts_are_neither_images_nor_missing_stages()
    {
        const string text = "FROM base\nCOPY --from=assets logo.png /srv/\nCOPY --from=tools bin/tool /usr/local/bin/\n";
        var plain = new DockerfileLinter().Lint(text);
        Assert.Contains(plain.Diagnostics, d => d.Code == "DL3006");
        Assert.Contains(plain.Diagnostics, d => d.Code == "DL3022");

        var options = new LintOptions
        {
            NamedContexts = new Dictionary<string, string>
            {
                ["base"] = "docker-image://alpine:3.20",
                ["assets"] = _repo.Full("assets"),
                ["tools"] = "target:tools",
            },
        };
        var named = new DockerfileLinter(options).Lint(text);
        Assert.DoesNotContain(named.Diagnostics, d => d.Code is "DL3006" or "DL3007" or "DL3022");
    }

    [Fact]
    public void Copy_from_a_named_context_folder_is_checked_against_that_folder()
    {
        _repo.File("assets/logo.png", "png");
        var options = new LintOptions { NamedContexts = new Dictionary<string, string> { ["assets"] = _repo.Full("assets") } };
        var result = new DockerfileLinter(options).Lint("FROM alpine:3.20\nCOPY --from=assets logo.png missing.css /srv/\n");
        var finding = Assert.Single(Of(result, "DF2003"));
        Assert.Equal($"'missing.css' does not exist in the named context 'assets' {_repo.Full("assets")}", finding.Message);
    }

    [Fact]
    public void Named_contexts_of_a_bake_target_reach_the_rules()
    {
        _repo.File("docker-bake.hcl", "target \"web\" {\n  dockerfile = \"web/Dockerfile\"\n  contexts = { ui = \"./ui\", node = \"docker-image://node:22\" }\n}\n");
        _repo.File("ui/index.html", "<html>");
        var result = LintFile("web/Dockerfile", "FROM node\nCOPY --from=ui index.html app.css /srv/\n");
        Assert.Equal(BuildContextOrigin.Bake, result.Context!.Origin);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DL3006" or "DL3007" or "DL3022");
        var finding = Assert.Single(Of(result, "DF2003"));
        Assert.Equal("'app.css' does not exist in the named context 'ui' ../ui/", finding.Message);
    }

    [Fact]
    public void The_monorepo_Dockerfile_is_checked_against_the_root()
    {
        _repo.File("src/app.go", "package main\n");
        var result = LintFile("docker/app/Dockerfile", "FROM golang:1.22\nCOPY main.go src/ /src/\nCOPY not-there.txt /\n");
        Assert.Equal(BuildContextOrigin.AncestorDirectory, result.Context!.Origin);
        var finding = Assert.Single(Of(result, "DF2003"));
        Assert.StartsWith("'not-there.txt' does not exist in the build context ../../ (the repository root: 2 of 3", finding.Message);
    }

    [Fact]
    public void A_default_context_where_no_source_exists_is_not_trusted()
    {
        var nothing = LintFile("lone/Dockerfile", "FROM alpine:3.20\nCOPY app.jar config.yml /app/\nCOPY . /src\n");
        Assert.Equal(BuildContextOrigin.DockerfileDirectory, nothing.Context!.Origin);
        Assert.False(nothing.Context.IsCorroborated);
        Assert.Equal((2, 0), (nothing.Context.SourcesChecked, nothing.Context.SourcesFound));
        Assert.Empty(Of(nothing, "DF2003"));

        _repo.File("lone/app.jar", "jar");
        var some = LintFile("lone/Dockerfile", "FROM alpine:3.20\nCOPY app.jar config.yml /app/\n");
        Assert.True(some.Context!.IsCorroborated);
        Assert.Equal("'config.yml' does not exist in the build context ./ (the Dockerfile's folder)", Assert.Single(Of(some, "DF2003")).Message);
    }
}
