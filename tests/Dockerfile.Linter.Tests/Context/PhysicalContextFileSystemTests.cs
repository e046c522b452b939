using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

/// <summary>The physical view of a context: one lstat per entry, and a cache shared by the views of one run.</summary>
public class PhysicalContextFileSystemTests
{
    private static TempContext Sample()
    {
        var ctx = new TempContext()
            .File("app/main.go", "package main")
            .File("app/empty.txt", "")
            .Dir("app/assets")
            .File("README.md", "# readme");
        ctx.Link("app/link-to-file", ctx.Full("README.md"));
        ctx.Link("app/link-to-dir", ctx.Full("app/assets"));
        ctx.Link("app/dangling", ctx.Full("nowhere"));
        return ctx;
    }

    [Fact]
    public void Entries_have_the_type_and_size_FileInfo_gives_them_and_links_are_never_followed()
    {
        using var ctx = Sample();
        var entries = new PhysicalContextFileSystem(ctx.Root).List("app").OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                new ContextEntry("assets", ContextEntryKind.Directory, 0),
                new ContextEntry("dangling", ContextEntryKind.Symlink, 0),
                new ContextEntry("empty.txt", ContextEntryKind.File, 0),
                new ContextEntry("link-to-dir", ContextEntryKind.Symlink, 0),
                new ContextEntry("link-to-file", ContextEntryKind.Symlink, 0),
                new ContextEntry("main.go", ContextEntryKind.File, new FileInfo(ctx.Full("app/main.go")).Length),
            ],
            entries);
    }

    [Theory]
    [InlineData("app/main.go")]
    [InlineData("app/empty.txt")]
    [InlineData("app/assets")]
    [InlineData("app/link-to-file")]
    [InlineData("app/link-to-dir")]
    [InlineData("app/dangling")]
    [InlineData("app/missing")]
    [InlineData("missing/deeper")]
    [InlineData("app/main.go/below-a-file")]
    [InlineData("app/./main.go")]
    [InlineData("app/assets/")]
    public void A_view_whose_folders_are_listed_already_answers_as_a_fresh_view(string path)
    {
        using var ctx = Sample();
        var cache = new ContextDirectoryCache();
        var listing = new PhysicalContextFileSystem(ctx.Root, cache);
        listing.List(".");
        listing.List("app");

        var fresh = new PhysicalContextFileSystem(ctx.Root).Stat(path);
        Assert.Equal(fresh, new PhysicalContextFileSystem(ctx.Root, cache).Stat(path));
    }

    [Fact]
    public void Views_sharing_a_cache_list_a_folder_once()
    {
        using var ctx = Sample();
        var cache = new ContextDirectoryCache();
        var first = new PhysicalContextFileSystem(ctx.Root, cache).List("app");
        ctx.File("app/added-later.txt");

        Assert.Same(first, new PhysicalContextFileSystem(ctx.Root, cache).List("app"));
        Assert.Contains(new PhysicalContextFileSystem(ctx.Root).List("app"), e => e.Name == "added-later.txt");
    }
}
