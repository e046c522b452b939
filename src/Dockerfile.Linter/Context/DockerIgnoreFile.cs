using System.Collections.Immutable;

namespace Dockerfile.Linter.Context;

/// <summary>
/// A parsed <c>.dockerignore</c> file, read exactly as BuildKit reads it (<c>ignorefile.ReadAll</c> followed by
/// <c>patternmatcher.New</c>). Lines BuildKit would reject are reported in <see cref="Problems"/>, never thrown.
/// </summary>
public sealed class DockerIgnoreFile
{
    private DockerIgnoreFile(string? path, ImmutableArray<DockerIgnorePattern> patterns, ImmutableArray<DockerIgnoreProblem> problems)
    {
        Path = path;
        Patterns = patterns;
        Problems = problems;
        Matcher = new DockerIgnoreMatcher(patterns);
    }

    /// <summary>Where the file was read from, when it came from disk.</summary>
    public string? Path { get; }

    /// <summary>The valid patterns in file order.</summary>
    public ImmutableArray<DockerIgnorePattern> Patterns { get; }

    /// <summary>Lines that would make BuildKit fail (a lone <c>!</c>, a malformed pattern); they are left out of <see cref="Patterns"/>.</summary>
    public ImmutableArray<DockerIgnoreProblem> Problems { get; }

    /// <summary>A matcher over <see cref="Patterns"/>.</summary>
    public DockerIgnoreMatcher Matcher { get; }

    /// <summary>The largest ignore file read, in bytes (16 MiB); a larger one (or an endless stream) counts as unreadable.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Reads the file at <paramref name="path"/>; null when it does not exist, cannot be read or is larger than <see cref="MaxFileBytes"/>.</summary>
    public static DockerIgnoreFile? Load(string path)
    {
        try
        {
            // A FIFO or device is never opened (reading it could wait forever); like an unreadable file, it is no ignore file.
            if (!File.Exists(path) || FileTypeProbe.IsSpecial(FileTypeProbe.Probe(path))) return null;
            return Syntax.BoundedFileReader.ReadText(path, MaxFileBytes) is { } text ? Parse(text, path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Parses the text of an ignore file.</summary>
    public static DockerIgnoreFile Parse(string text, string? path = null)
    {
        var patterns = ImmutableArray.CreateBuilder<DockerIgnorePattern>();
        var problems = ImmutableArray.CreateBuilder<DockerIgnoreProblem>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var original = lines[index].EndsWith('\r') ? lines[index][..^1] : lines[index];
            var line = index == 0 && original.StartsWith('\uFEFF') ? original[1..] : original;
            if (line.StartsWith('#')) continue;
            var pattern = line.Trim();
            if (pattern.Length == 0) continue;

            var isException = pattern[0] == '!';
            if (isException) pattern = pattern[1..].Trim();
            if (pattern.Length > 0)
            {
                pattern = GoPath.Clean(pattern);
                if (pattern.Length > 1 && pattern[0] == '/') pattern = pattern[1..];
            }

            var lineNumber = index + 1;
            // patternmatcher.New cleans "!" + pattern once more, which turns "!/" into a lone "!".
            if (isException && (pattern.Length == 0 || pattern == "/"))
            {
                problems.Add(new DockerIgnoreProblem(lineNumber, original, "illegal exclusion pattern: \"!\""));
                continue;
            }

            var compiled = CompiledIgnorePattern.TryCompile(pattern, out var error);
            if (compiled is null)
            {
                problems.Add(new DockerIgnoreProblem(lineNumber, original, $"syntax error in pattern \"{pattern}\": {error}"));
                continue;
            }
            patterns.Add(new DockerIgnorePattern(pattern, isException, lineNumber, original, compiled));
        }
        return new DockerIgnoreFile(path, patterns.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>
    /// The ignore file BuildKit uses for a build: <c>&lt;Dockerfile name&gt;.dockerignore</c> next to the Dockerfile
    /// when it exists, otherwise <c>.dockerignore</c> at the context root (never both); null when neither exists.
    /// </summary>
    public static string? Locate(string contextRoot, string? dockerfilePath) => Locate(contextRoot, dockerfilePath, null);

    /// <summary>As <see cref="Locate(string, string?)"/>; <paramref name="mayExist"/> rules out paths without asking the file system.</summary>
    internal static string? Locate(string contextRoot, string? dockerfilePath, Func<string, bool>? mayExist)
    {
        if (!string.IsNullOrEmpty(dockerfilePath))
        {
            var specific = dockerfilePath + ".dockerignore";
            if ((mayExist?.Invoke(specific) ?? true) && File.Exists(specific)) return specific;
        }
        var root = System.IO.Path.Combine(contextRoot, ".dockerignore");
        return (mayExist?.Invoke(root) ?? true) && File.Exists(root) ? root : null;
    }
}
