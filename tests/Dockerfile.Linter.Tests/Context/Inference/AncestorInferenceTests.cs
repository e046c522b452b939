using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context.Inference;

/// <summary>The Dockerfile's folder, or the ancestor where its COPY sources are, on fixture repositories written to disk.</summary>
public sealed class AncestorInferenceTests : IDisposable
{
    // A monorepo: docker/app/Dockerfile is built from the root (docker build -f docker/app/Dockerfile .).
    private readonly TempContext _repo = new TempContext()
        .Dir(".git")
        .File("go.mod", "module example.com/mono\n")
        .File("go.sum", "")
        .File("src/cmd/app/main.go", "package main\n")
        .File("docker/app/Dockerfile", """
            FROM golang:1.22 AS build
            WORKDIR /src
            COPY go.mod go.sum ./
            COPY src/ ./src/
            RUN go build -o /out/app ./src/cmd/app
            FROM gcr.io/distroless/static
            COPY --from=build /out/app /app
            COPY docker/app/entrypoint.sh /
            """)
        .File("docker/app/entrypoint.sh", "#!/bin/sh\n")
        .File("services/web/Dockerfile", "FROM node:22-alpine\nCOPY package.json ./\nCOPY src/ ./src/\n")
        .File("services/web/package.json", "{}")
        .File("services/web/src/index.js", "1");

    public void Dispose() => _repo.Dispose();

    private InferredBuildContext Infer(string dockerfile) => new BuildContextInferrer().Infer(_repo.Full(dockerfile));

    [Fact]
    public void Sources_found_only_at_the_root_make_the_root_the_context()
    {
        var context = Infer("docker/app/Dockerfile");
        Assert.Equal(BuildContextOrigin.AncestorDirectory, context.Origin);
        Assert.Equal(_repo.Root, context.Directory);
        Assert.Equal("the repository root: 4 of 4 COPY/ADD sources exist there, 0 in the Dockerfile's folder", context.Reason);
    }

    [Fact]
    public void One_inferrer_looks_a_folders_sources_and_root_up_once()
    {
        var inferrer = new BuildContextInferrer();
        Assert.Equal(_repo.Root, inferrer.Infer(_repo.Full("docker/app/Dockerfile")).Directory);
        // The sources appear in the Dockerfile's folder afterwards: the inferrer that already looked keeps its answer
        // (one lookup per folder and source for a whole run), a new one sees them.
        _repo.File("docker/app/go.mod", "").File("docker/app/go.sum", "").File("docker/app/src/x.go", "")
            .File("docker/app/docker/app/entrypoint.sh", "");
        Assert.Equal(_repo.Root, inferrer.Infer(_repo.Full("docker/app/Dockerfile")).Directory);
        Assert.Equal(_repo.Full("docker/app"), new BuildContextInferrer().Infer(_repo.Full("docker/app/Dockerfile")).Directory);
    }

    [Fact]
    public void Sources_found_in_the_Dockerfiles_folder_keep_it()
    {
        var context = Infer("services/web/Dockerfile");
        Assert.Equal(BuildContextOrigin.DockerfileDirectory, context.Origin);
        Assert.Equal(_repo.Full("services/web"), context.Directory);
    }

    [Fact]
    public void The_nearest_ancestor_with_the_most_sources_wins()
    {
        _repo.File("services/shared/lib.txt", "x");
        _repo.File("services/api/Dockerfile", "FROM alpine:3.20\nCOPY shared/lib.txt /\nCOPY web/package.json /\n");
        var context = Infer("services/api/Dockerfile");
        Assert.Equal(BuildContextOrigin.AncestorDirectory, context.Origin);
        Assert.Equal(_repo.Full("services"), context.Directory);
        Assert.Equal("2 of 2 COPY/ADD sources exist there, 0 in the Dockerfile's folder", context.Reason);
    }

    [Fact]
    public void Nothing_better_above_keeps_the_Dockerfiles_folder()
    {
        _repo.File("other/Dockerfile", "FROM alpine:3.20\nCOPY missing.txt /\n");
        Assert.Equal(BuildContextOrigin.DockerfileDirectory, Infer("other/Dockerfile").Origin);
    }

    [Fact]
    public void The_search_stops_at_the_repository_root()
    {
        using var outer = new TempContext().File("marker.txt", "x");
        var inner = outer.Full("repo");
        Directory.CreateDirectory(Path.Combine(inner, ".git"));
        outer.File("repo/sub/Dockerfile", "FROM alpine:3.20\nCOPY marker.txt /\n");
        var context = new BuildContextInferrer().Infer(outer.Full("repo/sub/Dockerfile"));
        Assert.Equal(BuildContextOrigin.DockerfileDirectory, context.Origin);
        Assert.Equal(inner, context.RepositoryRoot);
    }

    [Fact]
    public void A_worktree_git_file_marks_the_root_too()
    {
        using var repo = new TempContext()
            .File(".git", "gitdir: /elsewhere/.git/worktrees/x\n")
            .File("app.txt", "x")
            .File("docker/Dockerfile", "FROM alpine:3.20\nCOPY app.txt /\n");
        var context = new BuildContextInferrer().Infer(repo.Full("docker/Dockerfile"));
        Assert.Equal(BuildContextOrigin.AncestorDirectory, context.Origin);
        Assert.Equal(repo.Root, context.Directory);
    }
}
