using System.Text;

namespace Dockerfile.Linter.Tests.TestSupport;

/// <summary>Reads test data byte-exactly (no BOM stripping, no newline conversion).</summary>
public static class DataFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The file decoded as UTF-8 exactly as stored (a BOM stays as U+FEFF).</summary>
    public static string ReadExact(string path) => Utf8.GetString(File.ReadAllBytes(path));

    /// <summary>
    /// The case folders under a shared data folder as theory rows; a single placeholder row when the folder is
    /// absent (the theory is then skipped by its attribute).
    /// </summary>
    public static IEnumerable<object[]> CaseFolders(params string[] parts)
    {
        string? dir = SharedData.PathTo(parts);
        if (dir is null)
        {
            yield return ["(absent)"];
            yield break;
        }
        foreach (var sub in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
            yield return [Path.GetFileName(sub)];
    }
}
