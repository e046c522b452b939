using Dockerfile.Linter.Configuration;

namespace Dockerfile.Linter.Tests.Configuration;

public class ConfigurationLocatorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dfl-loc-" + Guid.NewGuid().ToString("N"));

    public ConfigurationLocatorTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "repo", ".git"));
        Directory.CreateDirectory(Path.Combine(_root, "repo", "a", "b"));
        Directory.CreateDirectory(Path.Combine(_root, "user"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Touch(string relative)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        return path;
    }

    private string? Find(string relativeDir, bool withUser = true) =>
        new ConfigurationLocator(withUser ? Path.Combine(_root, "user") : null).FindFor(Path.Combine(_root, relativeDir));

    [Fact]
    public void Nearest_native_file_wins()
    {
        Touch("repo/.dockerfile-lint.yaml");
        string near = Touch("repo/a/.dockerfile-lint.yml");
        Assert.Equal(near, Find("repo/a/b"));
    }

    [Fact]
    public void One_locator_answers_each_folder_on_its_own_whatever_the_query_order()
    {
        // The locator remembers upward searches per folder; parents looked up first must not hide a nearer file.
        string hadolint = Touch("repo/.hadolint.yaml");
        string near = Touch("repo/a/.dockerfile-lint.yaml");
        Directory.CreateDirectory(Path.Combine(_root, "repo", "c", "d"));
        var locator = new ConfigurationLocator(null);
        Assert.Equal(hadolint, locator.FindFor(Path.Combine(_root, "repo")));
        Assert.Equal(near, locator.FindFor(Path.Combine(_root, "repo", "a", "b")));
        Assert.Equal(hadolint, locator.FindFor(Path.Combine(_root, "repo", "c", "d")));
        Assert.Equal(near, locator.FindFor(Path.Combine(_root, "repo", "a")));
        Assert.Equal(hadolint, locator.FindFor(Path.Combine(_root, "repo", "c")));
    }

    [Fact]
    public void Lookup_stops_at_the_repository_root()
    {
        Touch(".dockerfile-lint.yaml"); // above repo/: not used
        Assert.Null(Find("repo/a/b", withUser: false));
    }

    [Fact]
    public void Hadolint_file_is_used_only_without_a_native_one()
    {
        string hadolint = Touch("repo/a/.hadolint.yaml");
        Assert.Equal(hadolint, Find("repo/a/b"));
        string native = Touch("repo/.dockerfile-lint.yaml");
        Assert.Equal(native, new ConfigurationLocator(null).FindFor(Path.Combine(_root, "repo/a/b")));
    }

    [Fact]
    public void User_configuration_is_the_fallback()
    {
        string user = Touch("user/dockerfile-lint/config.yaml");
        Assert.Equal(user, Find("repo/a"));
        File.Delete(user);
        string userHadolint = Touch("user/hadolint.yaml");
        Assert.Equal(userHadolint, Find("repo/a"));
    }

    [Fact]
    public void User_directory_comes_from_xdg_or_home()
    {
        Assert.Equal("/x", ConfigurationLocator.UserConfigDirectory(n => n == "XDG_CONFIG_HOME" ? "/x" : "/h"));
        Assert.Equal(Path.Combine("/h", ".config"), ConfigurationLocator.UserConfigDirectory(n => n == "HOME" ? "/h" : null));
        Assert.Null(ConfigurationLocator.UserConfigDirectory(_ => null));
    }
}
