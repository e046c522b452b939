using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

/// <summary>
/// Compares the regex-based matcher with a small segment-by-segment reference matcher on random patterns and paths
/// from a restricted language (literals, <c>*</c> and <c>?</c> inside a segment, <c>**</c> as a whole segment, no two
/// <c>**</c> in a row) where .dockerignore semantics are simple to state: <c>*</c>/<c>?</c> stay in one segment, a
/// leading or inner <c>**</c> spans zero or more segments, a trailing one spans one or more, and a pattern excludes a
/// path when it matches the path or one of its parent directories; the last matching line wins.
/// </summary>
public class DockerIgnoreMatcherDifferentialTests
{
    private static readonly string[] Names = ["a", "b", "ab", "ba", "a.b", "x"];
    private static readonly string[] SegmentPatterns = ["a", "b", "*", "a*", "*b", "?", "?b", "a?", "*.b", "x"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Agrees_with_a_reference_matcher_on_random_cases(int seed)
    {
        var random = new Random(seed);
        var mismatches = new List<string>();
        for (var n = 0; n < 300; n++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomLine(random)).ToList();
            var path = string.Join('/', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Names[random.Next(Names.Length)]));
            var expected = ReferenceExcluded(lines, path);
            var actual = DockerIgnoreFile.Parse(string.Join('\n', lines)).Matcher.IsExcluded(path);
            if (expected != actual) mismatches.Add($"[{string.Join(" | ", lines)}] {path}: expected {expected}");
        }
        Assert.Empty(mismatches);
    }

    private static string RandomLine(Random random)
    {
        var segments = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var previousIsDoubleStar = segments.Count > 0 && segments[^1] == "**";
            segments.Add(!previousIsDoubleStar && random.Next(5) == 0 ? "**" : SegmentPatterns[random.Next(SegmentPatterns.Length)]);
        }
        var pattern = string.Join('/', segments);
        return random.Next(4) == 0 ? "!" + pattern : pattern;
    }

    private static bool ReferenceExcluded(List<string> lines, string path)
    {
        var segments = path.Split('/');
        var excluded = false;
        foreach (var line in lines)
        {
            var exception = line.StartsWith('!');
            var pattern = (exception ? line[1..] : line).Split('/');
            var matches = Enumerable.Range(1, segments.Length).Any(k => MatchSegments(pattern, 0, segments[..k], 0));
            if (matches) excluded = !exception;
        }
        return excluded;
    }

    private static bool MatchSegments(string[] pattern, int p, string[] path, int s)
    {
        if (p == pattern.Length) return s == path.Length;
        if (pattern[p] == "**")
        {
            var last = p == pattern.Length - 1;
            for (var skip = last ? 1 : 0; s + skip <= path.Length; skip++)
                if (MatchSegments(pattern, p + 1, path, s + skip)) return true;
            return false;
        }
        return s < path.Length && MatchSegment(pattern[p], 0, path[s], 0) && MatchSegments(pattern, p + 1, path, s + 1);
    }

    private static bool MatchSegment(string pattern, int p, string name, int n)
    {
        if (p == pattern.Length) return n == name.Length;
        return pattern[p] switch
        {
            '*' => Enumerable.Range(n, name.Length - n + 1).Any(k => MatchSegment(pattern, p + 1, name, k)),
            '?' => n < name.Length && MatchSegment(pattern, p + 1, name, n + 1),
            var c => n < name.Length && name[n] == c && MatchSegment(pattern, p + 1, name, n + 1),
        };
    }
}
