using Dockerfile.Linter.Cli.Output;

namespace Dockerfile.Linter.Cli.Tests.Output;

public class FileIdentityTests
{
    [Fact]
    public void A_file_has_an_identity_that_its_other_spellings_and_links_share_and_another_file_does_not()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("a/Dockerfile", "FROM scratch\n");
        string other = dir.Write("b/Dockerfile", "FROM scratch\n");
        string link = Path.Combine(dir.Path, "link");
        File.CreateSymbolicLink(link, file);

        var identity = FileIdentity.Of(file);
        Assert.NotNull(identity);
        Assert.Equal(identity, FileIdentity.Of(Path.Combine(dir.Path, "a", ".", "Dockerfile")));
        Assert.Equal(identity, FileIdentity.Of(link));
        Assert.NotEqual(identity, FileIdentity.Of(other));
    }

    [Fact]
    public void A_folder_or_a_missing_path_has_none()
    {
        using var dir = new TempDirectory();
        Assert.Null(FileIdentity.Of(dir.Path));
        Assert.Null(FileIdentity.Of(Path.Combine(dir.Path, "missing")));
    }
}
