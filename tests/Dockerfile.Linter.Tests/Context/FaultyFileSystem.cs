using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

/// <summary>Wraps the real file system and fails on chosen paths, to simulate permission errors (tests run as root).</summary>
internal sealed class FaultyFileSystem(IContextFileSystem inner, params string[] unreadablePaths) : IContextFileSystem
{
    private readonly HashSet<string> _unreadable = new(unreadablePaths, StringComparer.Ordinal);

    public int ListCalls { get; private set; }

    public string Root => inner.Root;

    public IReadOnlyList<ContextEntry> List(string relativeDirectory)
    {
        ListCalls++;
        Fail(relativeDirectory);
        return inner.List(relativeDirectory);
    }

    public ContextEntry? Stat(string relativePath)
    {
        Fail(relativePath);
        return inner.Stat(relativePath);
    }

    public bool IsLoopingLink(string relativePath) => inner.IsLoopingLink(relativePath);

    public string ReadPrefix(string relativePath, int maxChars)
    {
        Fail(relativePath);
        return inner.ReadPrefix(relativePath, maxChars);
    }

    private void Fail(string path)
    {
        if (_unreadable.Contains(path)) throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
    }
}
