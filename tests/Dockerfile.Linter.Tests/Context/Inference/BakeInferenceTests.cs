using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context.Inference;

/// <summary>Contexts inferred from bake files (HCL and JSON), on fixture repositories written to disk.</summary>
public sealed class BakeInferenceTests : IDisposable
{
    // Modelled on the bake files of docker/buildx and moby: a variable, a common target inherited by the others,
    // a Dockerfile below the root built from the root, named contexts of every kind.
    private readonly TempContext _repo = new TempContext()
        .Dir(".git")
        .File("docker-bake.hcl", """
            variable "GO_VERSION" {
              default = "1.22"
            }
            variable "DOCS_DIR" {
              default = "docs"
            }

            # shared settings
            target "_common" {
              context = "."
              args = {
                GO_VERSION = GO_VERSION
              }
            }

            group "default" {
              targets = ["binaries", "docs"]
            }

            target "binaries" {
              inherits   = ["_common"]
              dockerfile = "build/Dockerfile"
              contexts = {
                src    = "./src"
                alpine = "docker-image://alpine:3.20"
                golang = "target:_common"
              }
              platforms = split(",", "linux/amd64,linux/arm64")
            }

            target "docs" {
              context    = "./${DOCS_DIR}"
              dockerfile = "Dockerfile.docs"
            }

            target "inline" {
              dockerfile-inline = <<EOT
            FROM alpine
            EOT
            }
            """)
        .File("build/Dockerfile", "FROM golang:1.22\nCOPY --from=src . /src\n")
        .File("src/main.go", "package main\n")
        .File("docs/Dockerfile.docs", "FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n");

    public void Dispose() => _repo.Dispose();

    private InferredBuildContext Infer(string dockerfile) => new BuildContextInferrer().Infer(_repo.Full(dockerfile));

    [Fact]
    public void A_target_inherits_its_context_and_the_dockerfile_is_relative_to_it()
    {
        var context = Infer("build/Dockerfile");
        Assert.Equal(BuildContextOrigin.Bake, context.Origin);
        Assert.Equal(_repo.Root, context.Directory);
        Assert.Equal("docker-bake.hcl target binaries", context.Reason);
        Assert.Equal(_repo.Full("docker-bake.hcl"), context.DefinitionFile);
    }

    [Fact]
    public void Contexts_become_named_contexts_of_every_kind()
    {
        var named = Infer("build/Dockerfile").NamedContexts;
        Assert.Equal(_repo.Full("src"), named["src"].Directory);
        Assert.Null(named["alpine"].Directory);
        Assert.Equal("docker-image://alpine:3.20", named["alpine"].Value);
        Assert.Equal("target:_common", named["golang"].Value);
        Assert.Null(named["golang"].Directory);
    }

    [Fact]
    public void Variable_defaults_are_substituted()
    {
        var context = Infer("docs/Dockerfile.docs");
        Assert.Equal(_repo.Full("docs"), context.Directory);
        Assert.Equal("docker-bake.hcl target docs", context.Reason);
    }

    [Fact]
    public void Json_bake_files_and_hcl_overrides_are_layered()
    {
        using var repo = new TempContext()
            .Dir(".git")
            .File("docker-bake.json", """
                {
                  "variable": { "APP": { "default": "app" } },
                  "target": {
                    "app": { "context": "./${APP}", "contexts": { "assets": "./assets" } }
                  }
                }
                """)
            .File("docker-bake.override.hcl", "target \"app\" {\n  dockerfile = \"Dockerfile.release\"\n}\n")
            .File("app/Dockerfile.release", "FROM alpine:3.20\n")
            .File("app/Dockerfile", "FROM alpine:3.20\n");
        var inferrer = new BuildContextInferrer();
        var release = inferrer.Infer(repo.Full("app/Dockerfile.release"));
        Assert.Equal(BuildContextOrigin.Bake, release.Origin);
        Assert.Equal(repo.Full("app"), release.Directory);
        Assert.Equal("docker-bake.override.hcl target app", release.Reason);
        Assert.Equal(repo.Full("assets"), release.NamedContexts["assets"].Directory);
        // The override moved the target to another Dockerfile: the plain one is no longer built by bake.
        Assert.Equal(BuildContextOrigin.DockerfileDirectory, inferrer.Infer(repo.Full("app/Dockerfile")).Origin);
    }

    [Fact]
    public void Compose_wins_over_bake()
    {
        _repo.File("compose.yaml", "services:\n  bin:\n    build:\n      context: ./build\n");
        var context = Infer("build/Dockerfile");
        Assert.Equal(BuildContextOrigin.Compose, context.Origin);
        Assert.Equal(_repo.Full("build"), context.Directory);
    }

    [Theory]
    [InlineData("target \"binaries\" {\n  context = \".\"\n")]
    [InlineData("{\"target\": {\"binaries\": [1, 2]}}")]
    [InlineData("target \"binaries\" {\n  context = \"${UNKNOWN}\"\n  dockerfile = \"build/Dockerfile\"\n}\n")]
    public void Unusable_bake_files_are_skipped(string text)
    {
        System.IO.File.Delete(_repo.Full("docker-bake.hcl"));
        _repo.File(text.StartsWith('{') ? "docker-bake.json" : "docker-bake.hcl", text);
        Assert.NotEqual(BuildContextOrigin.Bake, Infer("build/Dockerfile").Origin);
    }

    [Fact]
    public void Deep_json_is_refused()
    {
        System.IO.File.Delete(_repo.Full("docker-bake.hcl"));
        _repo.File("docker-bake.json", "{\"x\": " + new string('[', 10_000) + new string(']', 10_000) + ", \"target\": {\"b\": {\"dockerfile\": \"build/Dockerfile\"}}}");
        Assert.NotEqual(BuildContextOrigin.Bake, Infer("build/Dockerfile").Origin);
    }

    [Fact]
    public void Inheritance_cycles_end()
    {
        System.IO.File.Delete(_repo.Full("docker-bake.hcl"));
        _repo.File("docker-bake.hcl", "target \"a\" {\n  inherits = [\"b\"]\n  dockerfile = \"build/Dockerfile\"\n}\ntarget \"b\" {\n  inherits = [\"a\"]\n}\n");
        var context = Infer("build/Dockerfile");
        Assert.Equal(BuildContextOrigin.Bake, context.Origin);
        Assert.Equal(_repo.Root, context.Directory);
    }

    [Fact]
    public void A_target_that_inherits_a_template_names_the_build_rather_than_the_template()
    {
        System.IO.File.Delete(_repo.Full("docker-bake.hcl"));
        _repo.File("docker-bake.hcl", "target \"_common\" {\n  args = { A = \"1\" }\n}\ntarget \"binaries\" {\n  inherits = [\"_common\"]\n  target = \"binaries\"\n}\n");
        _repo.File("Dockerfile", "FROM alpine:3.20\n");
        var context = Infer("Dockerfile");
        Assert.Equal("docker-bake.hcl target binaries", context.Reason);
    }
}
