using Dockerfile.Linter.Context;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules;

/// <summary>
/// The fast paths of the path helpers against the plain computations they skip: Normalize returns a path it judges normal as it
/// is, Combine is Normalize of the joined path, and the allocation-free template test agrees with lower-casing and
/// splitting the name.
/// </summary>
public class VolumePathsTests
{
    private static readonly string[] Paths =
    [
        "", "/", "//", ".", "..", "./", "/.", "/..", "a", "a/", "/a", "/a/", "a//b", "/a/./b", "/a/../b", "a/..", "../a",
        "/app", "/usr/local/bin", ".npmrc", "~/.ssh/id_rsa", "..a/b", "a/.b", "/a/b..", "x/...", "/root/.aws/credentials",
    ];

    public static TheoryData<string> AllPaths() => [.. Paths];

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Normalize_gives_what_the_segment_walk_gives(string path)
    {
        Assert.Equal(Plain(path), VolumePaths.Normalize(path));
        Assert.True(!VolumePaths.IsNormal(path) || Plain(path) == path);
    }

    [Fact]
    public void Combine_is_normalize_of_the_joined_path()
    {
        foreach (var directory in Paths)
            foreach (var relative in Paths)
                Assert.Equal(Plain(directory + "/" + relative), VolumePaths.Combine(directory, relative));
    }

    [Theory]
    [InlineData(".env.example", true)]
    [InlineData("Credentials.JSON.Dist", true)]
    [InlineData("secrets.TEMPLATE.yaml", true)]
    [InlineData("example.env", true)]
    [InlineData(".env", false)]
    [InlineData("distro.key", false)]
    [InlineData("d\u0131st.env", false)]
    [InlineData("\u00c9xample.sample", true)]
    public void Template_names_are_those_with_a_template_part(string name, bool template)
    {
        bool plain = name.ToLowerInvariant().Split('.').Any(p => p is "example" or "examples" or "sample" or "samples"
            or "dist" or "template" or "templates" or "tmpl" or "tpl" or "defaults");
        Assert.Equal(template, plain);
        Assert.Equal(plain, SecretFileCatalog.IsTemplate(name));
    }

    private static string Plain(string path) => VolumePaths.NormalizeBySegments(path);
}
