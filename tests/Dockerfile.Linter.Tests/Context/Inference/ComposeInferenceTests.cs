using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context.Inference;

/// <summary>Contexts inferred from compose files, on fixture repositories written to disk.</summary>
public sealed class ComposeInferenceTests : IDisposable
{
    // Modelled on a typical compose application (awesome-compose style): an API built from its folder, a web front
    // end built from the root with a named context, a database from an image.
    private readonly TempContext _repo = new TempContext()
        .Dir(".git")
        .File("compose.yaml", """
            x-build-defaults: &defaults
              context: .
            services:
              api:
                build: ./api
              web:
                build:
                  <<: *defaults
                  dockerfile: web/Dockerfile.prod
                  additional_contexts:
                    shared: ./shared
                    node: docker-image://node:22-alpine
              worker:
                build:
                  context: ${WORKER_CONTEXT:-./worker}
              db:
                image: postgres:16
            """)
        .File("api/Dockerfile", "FROM golang:1.22\nCOPY go.mod ./\nCOPY . .\n")
        .File("api/go.mod", "module api\n")
        .File("web/Dockerfile.prod", "FROM node:22-alpine\nCOPY web/package.json ./\nCOPY --from=shared tokens.json ./\n")
        .File("web/package.json", "{}")
        .File("shared/tokens.json", "{}")
        .File("worker/Dockerfile", "FROM python:3.12\nCOPY . .\n")
        .File("Dockerfile", "FROM alpine:3.20\nCOPY api/go.mod /\n");

    public void Dispose() => _repo.Dispose();

    private InferredBuildContext Infer(string dockerfile) => new BuildContextInferrer().Infer(_repo.Full(dockerfile));

    [Fact]
    public void Short_build_form_names_the_context_and_the_default_Dockerfile_in_it()
    {
        var context = Infer("api/Dockerfile");
        Assert.Equal(BuildContextOrigin.Compose, context.Origin);
        Assert.Equal(_repo.Full("api"), context.Directory);
        Assert.Equal("compose.yaml service api", context.Reason);
        Assert.Equal(_repo.Full("compose.yaml"), context.DefinitionFile);
        Assert.Equal("api", context.DefinitionName);
        Assert.Equal(_repo.Root, context.RepositoryRoot);
    }

    [Fact]
    public void Long_form_resolves_the_dockerfile_against_the_context_through_a_merge_key()
    {
        var context = Infer("web/Dockerfile.prod");
        Assert.Equal(BuildContextOrigin.Compose, context.Origin);
        Assert.Equal(_repo.Root, context.Directory);
        Assert.Equal("compose.yaml service web", context.Reason);
    }

    [Fact]
    public void Additional_contexts_become_named_contexts()
    {
        var named = Infer("web/Dockerfile.prod").NamedContexts;
        Assert.Equal(_repo.Full("shared"), named["shared"].Directory);
        Assert.Equal("docker-image://node:22-alpine", named["node"].Value);
        Assert.Null(named["node"].Directory);
    }

    [Fact]
    public void Interpolation_takes_the_default()
    {
        var context = Infer("worker/Dockerfile");
        Assert.Equal("compose.yaml service worker", context.Reason);
        Assert.Equal(_repo.Full("worker"), context.Directory);
    }

    [Fact]
    public void A_Dockerfile_no_service_builds_falls_back_to_its_folder()
    {
        var context = Infer("Dockerfile");
        Assert.Equal(BuildContextOrigin.DockerfileDirectory, context.Origin);
        Assert.Equal(_repo.Root, context.Directory);
        Assert.Equal("the Dockerfile's folder", context.Reason);
    }

    [Fact]
    public void A_compose_file_in_a_subfolder_pointing_up_is_found_and_the_list_form_of_additional_contexts_is_read()
    {
        _repo.File("deploy/docker-compose.dev.yml", """
            services:
              app:
                build:
                  context: ..
                  dockerfile: deploy/Dockerfile
                  additional_contexts:
                    - assets=../web
            """);
        _repo.File("deploy/Dockerfile", "FROM alpine:3.20\nCOPY api/ /api/\n");
        var context = Infer("deploy/Dockerfile");
        Assert.Equal(_repo.Root, context.Directory);
        Assert.Equal("deploy/docker-compose.dev.yml service app", context.Reason);
        Assert.Equal(_repo.Full("web"), context.NamedContexts["assets"].Directory);
    }

    [Fact]
    public void A_context_outside_the_repository_is_not_trusted()
    {
        _repo.File("escape/compose.yml", "services:\n  x:\n    build:\n      context: ../../..\n      dockerfile: " + _repo.Full("escape/Dockerfile") + "\n");
        _repo.File("escape/Dockerfile", "FROM alpine:3.20\n");
        var context = Infer("escape/Dockerfile");
        Assert.Equal(BuildContextOrigin.DockerfileDirectory, context.Origin);
    }

    [Fact]
    public void A_named_context_outside_the_repository_keeps_its_name_but_not_its_folder()
    {
        _repo.File("compose.override.yaml", "services:\n  api2:\n    build:\n      context: ./api\n      dockerfile: Dockerfile.two\n      additional_contexts:\n        etc: /etc\n");
        _repo.File("api/Dockerfile.two", "FROM alpine:3.20\n");
        var context = Infer("api/Dockerfile.two");
        Assert.Equal("compose.override.yaml service api2", context.Reason);
        Assert.Null(context.NamedContexts["etc"].Directory);
    }

    [Theory]
    [InlineData("services: [unclosed")]
    [InlineData("services:\n  api:\n    build: {context: ./api, dockerfile: [1, 2]}\n")]
    [InlineData("- just\n- a list\n")]
    [InlineData("services:\n  api:\n    build:\n      dockerfile_inline: FROM alpine\n")]
    public void Unusable_compose_files_are_skipped(string compose)
    {
        _repo.File("compose.yaml", compose);
        var context = Infer("api/Dockerfile");
        Assert.NotEqual(BuildContextOrigin.Compose, context.Origin);
    }

    [Fact]
    public void Deeply_nested_yaml_is_refused_without_recursing()
    {
        _repo.File("compose.yaml", "services:\n  api:\n    build: ./api\nx: " + new string('[', 50_000) + new string(']', 50_000) + "\n");
        Assert.NotEqual(BuildContextOrigin.Compose, Infer("api/Dockerfile").Origin);
    }

    [Fact]
    public void Oversized_compose_files_are_not_read()
    {
        _repo.File("compose.yaml", "services:\n  api:\n    build: ./api\n#" + new string('x', (int)DefinitionFileLimits.MaxBytes) + "\n");
        Assert.NotEqual(BuildContextOrigin.Compose, Infer("api/Dockerfile").Origin);
    }

    [Fact]
    public void A_compose_file_linked_from_outside_the_repository_is_not_followed()
    {
        using var outside = new TempContext().File("compose.yaml", "services:\n  api:\n    build: ./api\n");
        System.IO.File.Delete(_repo.Full("compose.yaml"));
        _repo.Link("compose.yaml", outside.Full("compose.yaml"));
        Assert.NotEqual(BuildContextOrigin.Compose, Infer("api/Dockerfile").Origin);
    }

    [Fact]
    public void Outside_a_repository_only_the_Dockerfiles_folder_is_searched()
    {
        using var loose = new TempContext()
            .File("compose.yaml", "services:\n  api:\n    build: ./api\n")
            .File("api/Dockerfile", "FROM alpine:3.20\n");
        var context = new BuildContextInferrer().Infer(loose.Full("api/Dockerfile"));
        Assert.Equal(BuildContextOrigin.DockerfileDirectory, context.Origin);
        Assert.Null(context.RepositoryRoot);
    }

    [Theory]
    [InlineData("./api", "./api")]
    [InlineData("${CTX:-./api}", "./api")]
    [InlineData("${CTX-./api}/sub", "./api/sub")]
    [InlineData("$$HOME", "$HOME")]
    [InlineData("${CTX}", null)]
    [InlineData("$CTX", null)]
    [InlineData("${CTX:-${OTHER}}", null)]
    public void Interpolation_without_an_environment(string value, string? expected) =>
        Assert.Equal(expected, Dockerfile.Linter.Context.Compose.ComposeFileReader.Interpolate(value));
}
