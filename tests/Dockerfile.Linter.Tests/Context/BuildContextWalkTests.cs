using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

public class BuildContextWalkTests
{
    [Fact]
    public void Counts_what_would_be_sent_after_dockerignore()
    {
        using var ctx = new TempContext()
            .File("Dockerfile", "FROM scratch\n")
            .File("src/app.js", "12345")
            .File("src/lib/util.js", "123")
            .File("logs/a.log", "1234567890")
            .File("logs/b.log", "1234567890")
            .File("README.md", "12")
            .File(".dockerignore", "logs\n*.md\n");

        var summary = BuildContext.Open(ctx.Root).Summary;

        // Dockerfile (13) + src/app.js (5) + src/lib/util.js (3) + .dockerignore (10)
        Assert.Equal(4, summary.FileCount);
        Assert.Equal(13 + 5 + 3 + 10, summary.TotalBytes);
        Assert.Equal(2, summary.DirectoryCount); // src, src/lib
        Assert.True(summary.IsComplete);
        Assert.Empty(summary.Problems);
    }

    [Fact]
    public void Does_not_descend_into_an_excluded_directory_without_exceptions()
    {
        using var ctx = new TempContext().File("keep.txt").File("big/a").File("big/sub/b");
        var fs = new FaultyFileSystem(new PhysicalContextFileSystem(ctx.Root));
        var summary = new BuildContext(fs, DockerIgnoreFile.Parse("big")).Summary;

        Assert.Equal(1, summary.FileCount);
        Assert.Equal(1, fs.ListCalls); // only the root was listed
    }

    [Fact]
    public void Descends_into_an_excluded_directory_when_an_exception_can_re_include_files()
    {
        using var ctx = new TempContext().File("big/a").File("big/keep/b").File("big/keep/c");
        var summary = new BuildContext(new PhysicalContextFileSystem(ctx.Root), DockerIgnoreFile.Parse("big\n!big/keep")).Summary;

        Assert.Equal(2, summary.FileCount);
    }

    [Fact]
    public void Finds_notable_trees_top_most_only_with_their_size()
    {
        using var ctx = new TempContext()
            .File(".git/HEAD", "ref: refs/heads/main\n")
            .File(".git/objects/ab/cdef", "0123456789")
            .File("node_modules/left-pad/index.js", "module.exports=1")
            .File("node_modules/left-pad/node_modules/x/i.js", "1")
            .File("package.json", "{}")
            .File("dist/bundle.js", "abc")
            .File("build/out.o", "abcd")
            .File("App/App.csproj", "<Project/>")
            .File("App/bin/Debug/App.dll", "12345678")
            .File("App/obj/project.assets.json", "{}")
            .File("scripts/bin/run.sh", "#!/bin/sh")
            .File("docs/build/notes.md", "n");

        var notable = BuildContext.Open(ctx.Root).Summary.NotableEntries;

        Assert.Equal(
            [
                ".git GitDirectory 2 31",
                "App/bin BuildOutput 1 8",
                "App/obj BuildOutput 1 2",
                "build BuildOutput 1 4",
                "dist BuildOutput 1 3",
                "node_modules NodeModules 2 17",
            ],
            notable.Select(n => $"{n.Path} {n.Kind} {n.FileCount} {n.TotalBytes}"));
    }

    [Fact]
    public void Ignored_notable_trees_are_not_reported()
    {
        using var ctx = new TempContext().File(".git/HEAD").File("node_modules/a/b.js").File(".dockerignore", ".git\nnode_modules\n");
        Assert.Empty(BuildContext.Open(ctx.Root).Summary.NotableEntries);
    }

    [Fact]
    public void Finds_secret_looking_files_by_name_and_content()
    {
        // Names make candidates, content decides: the harmless ones (X=1, save-exact, nodeLinker, an empty key, a
        // bare profile, a config without credentials) are not listed.
        using var ctx = new TempContext()
            .File(".env", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            .File(".env.production", "X=1")
            .File(".env.example", "X=")
            .File("keys/id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----")
            .File("keys/id_rsa.pub", "ssh-rsa AAAA")
            .File("certs/server.pem", "-----BEGIN RSA PRIVATE KEY-----\n")
            .File("certs/ca.pem", "-----BEGIN CERTIFICATE-----\n")
            .File("certs/tls.key", "-----BEGIN EC PRIVATE KEY-----\n")
            .File("certs/empty.key", "")
            .File("certs/plain.key", "not a key")
            .File(".yarnrc.yml", "nodeLinker: node-modules\n")
            .File("cfg/.yarnrc.yml", "npmAuthToken: npm_FAKE0000000000000000000000000000000\n")
            .File("empty/.aws/credentials", "[default]\nregion = eu-west-1\n")
            .File(".env.local.example", "DB_PASSWORD=Zq8rT2vLm4Xw\n")
            .File(".npmrc", "//registry.npmjs.org/:_authToken=npm_FAKE0000000000000000000000000000000\n")
            .File("web/.npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n")
            .File("lib/.npmrc", "save-exact=true\n")
            .File(".pypirc", "[pypi]\nusername = __token__\npassword = pypi-FAKE\n")
            .File("home/.aws/credentials", "[default]\naws_secret_access_key = " + Secrets.FakeSecrets.Token("", 40) + "\n")
            .File("home/.docker/config.json", "{\"auths\":{\"r\":{\"auth\":\"ZmFrZTpmYWtl\"}}}")
            .File("home/.kube/config", "apiVersion: v1\nusers:\n- name: ci\n  user:\n    token: " + Secrets.FakeSecrets.Token("", 32) + "\n")
            .File("other/.kube/config", "apiVersion: v1\nusers:\n- name: ci\n  user:\n    exec:\n      command: aws\n")
            .File("store.p12", "p")
            .File("gcp/credentials.json", "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nX\\n-----END PRIVATE KEY-----\\n\"}")
            .File("gcp2/credentials.json", "{}")
            .File(".netrc", "machine x login y password z")
            .File(".git-credentials", "https://u:p@example.com");

        var secrets = BuildContext.Open(ctx.Root).Summary.SecretFiles;

        Assert.Equal(
            [
                ".env", ".git-credentials", ".netrc", ".npmrc", ".pypirc", "certs/server.pem",
                "certs/tls.key", "cfg/.yarnrc.yml", "gcp/credentials.json", "home/.aws/credentials", "home/.docker/config.json",
                "home/.kube/config", "keys/id_rsa", "store.p12",
            ],
            secrets.Select(s => s.Path));
        Assert.Equal("SSH private key", secrets.Single(s => s.Path == "keys/id_rsa").Description);
        Assert.Equal("environment file", secrets.Single(s => s.Path == ".env").Description);
    }

    [Fact]
    public void Secrets_excluded_by_dockerignore_are_not_reported()
    {
        using var ctx = new TempContext().File(".env", "DB_PASSWORD=" + Secrets.FakeSecrets.Token("", 16))
            .File("id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n").File(".dockerignore", ".env\n");
        Assert.Equal(["id_rsa"], BuildContext.Open(ctx.Root).Summary.SecretFiles.Select(s => s.Path));
    }

    [Fact]
    public void Symlink_loops_terminate_and_are_reported_once()
    {
        using var ctx = new TempContext()
            .File("a.txt", "1")
            .Link("sub/up", "..")          // points at its own parent's parent: the root
            .Link("self", "self")          // a link to itself
            .Link("ping", "pong")
            .Link("pong", "ping")
            .Link("ok", "a.txt");

        var summary = BuildContext.Open(ctx.Root).Summary;

        Assert.Equal(6, summary.FileCount); // links are sent as links
        Assert.Equal(
            ["ping", "pong", "self", "sub/up"],
            summary.Problems.Where(p => p.Kind == ContextProblemKind.SymlinkLoop).Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.True(summary.IsComplete);
    }

    [Fact]
    public void Unreadable_entries_are_collected_once_and_the_rest_is_walked()
    {
        using var ctx = new TempContext().File("ok/a").File("locked/b").File("locked/c").File(".npmrc", "_authToken=x");
        var fs = new FaultyFileSystem(new PhysicalContextFileSystem(ctx.Root), "locked", ".npmrc");

        var summary = new BuildContext(fs, null).Summary;

        Assert.Equal(2, summary.FileCount); // ok/a and .npmrc (whose content could not be inspected)
        Assert.Equal(
            ["locked Unreadable", ".npmrc Unreadable"],
            summary.Problems.Select(p => $"{p.Path} {p.Kind}"));
        Assert.Empty(summary.SecretFiles);
    }

    [Fact]
    public void A_missing_root_is_a_problem_not_an_exception()
    {
        var summary = BuildContext.Open(Path.Combine(Path.GetTempPath(), "dfl-missing-" + Guid.NewGuid().ToString("N"))).Summary;

        Assert.Equal(0, summary.FileCount);
        Assert.Equal(ContextProblemKind.Unreadable, Assert.Single(summary.Problems).Kind);
    }

    [Fact]
    public void Stops_at_the_file_limit()
    {
        using var ctx = new TempContext();
        for (var i = 0; i < 30; i++) ctx.File($"d{i % 3}/f{i}", "xy");

        var summary = BuildContext.Open(ctx.Root, limits: new ContextWalkLimits { MaxFiles = 10 }).Summary;

        Assert.Equal(10, summary.FileCount);
        Assert.Equal(20, summary.TotalBytes);
        Assert.False(summary.IsComplete);
        Assert.Equal(ContextProblemKind.FileLimitReached, Assert.Single(summary.Problems).Kind);
    }

    [Fact]
    public void Stops_at_the_depth_limit()
    {
        using var ctx = new TempContext().File("top").File("a/one").File("a/b/two").File("a/b/c/three").File("a/b/c/d/four");

        var summary = BuildContext.Open(ctx.Root, limits: new ContextWalkLimits { MaxDepth = 2 }).Summary;

        Assert.Equal(3, summary.FileCount); // top, a/one, a/b/two
        Assert.False(summary.IsComplete);
        var problem = Assert.Single(summary.Problems);
        Assert.Equal((ContextProblemKind.DepthLimitReached, "a/b/c"), (problem.Kind, problem.Path));
    }

    [Fact]
    public void Walks_a_large_tree_exactly()
    {
        using var ctx = new TempContext();
        var expectedBytes = 0L;
        for (var d = 0; d < 40; d++)
        for (var f = 0; f < 25; f++)
        {
            var content = new string('x', (d + f) % 7);
            ctx.File($"pkg{d}/sub{f % 5}/file{f}.txt", content);
            expectedBytes += content.Length;
        }
        ctx.File(".dockerignore", "pkg1*\n");
        expectedBytes += 6;
        var excludedBytes = 0L;
        foreach (var d in new[] { 1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 })
            for (var f = 0; f < 25; f++)
                excludedBytes += (d + f) % 7;

        var summary = BuildContext.Open(ctx.Root).Summary;

        Assert.Equal(40 * 25 - 11 * 25 + 1, summary.FileCount);
        Assert.Equal(expectedBytes - excludedBytes, summary.TotalBytes);
        Assert.Equal(29 * 6, summary.DirectoryCount);
    }
}
