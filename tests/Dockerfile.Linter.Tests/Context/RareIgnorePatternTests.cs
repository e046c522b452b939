using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

/// <summary>
/// .dockerignore patterns whose RE2 reading has features beyond plain globs (POSIX classes, <c>\b</c>, <c>\pL</c>,
/// a leading <c>^</c>) run on the linear automaton, not on a regex built per pattern (milliseconds and hundreds of
/// kilobytes each: ten thousand of them took most of a minute), and still match as Docker's regex translation does.
/// </summary>
public class RareIgnorePatternTests
{
    private static readonly string[] Shapes =
    [
        "d{0}/[[:alpha:]]*.txt", "d{0}/*\\bx", "d{0}/\\pL?", "d{0}/[[:^digit:]]*", "^d{0}/[[:upper:][:digit:]]",
        "d{0}/\\Bb*", "d{0}/\\PN*\\z", "d{0}/[^[:space:]]\\b",
    ];

    [Fact]
    public void Ten_thousand_rare_patterns_compile_to_the_automaton_and_match_as_the_regex_does()
    {
        var patterns = Enumerable.Range(0, 10_000).Select(i => string.Format(Shapes[i % Shapes.Length], i)).ToList();
        var compiled = patterns.Select(p => CompiledIgnorePattern.TryCompile(p, out _)).ToList();
        Assert.All(compiled, c => Assert.False(c!.UsesRegex));

        // No non-ASCII letters here: .NET's \b counts them as word characters, RE2's does not (checked below).
        string[] paths = ["d{0}/abc.txt", "d{0}/a x", "d{0}/Ⅻ", "d{0}/1", "d{0}/-x", "d{0}/A", "d{0}/bb", "d{0}/x_1", "d{0}/ab"];
        for (int i = 0; i < 64; i++)
        {
            var viaRegex = CompiledIgnorePattern.TryCompile(patterns[i], out _, allowAutomaton: false)!;
            Assert.True(viaRegex.UsesRegex);
            foreach (var shape in paths)
            {
                var path = string.Format(shape, i);
                Assert.True(viaRegex.Matches(path) == compiled[i]!.Matches(path), $"{patterns[i]} on {path}");
            }
        }

        var matcher = DockerIgnoreFile.Parse(string.Join('\n', patterns)).Matcher;
        Assert.True(matcher.IsExcluded("d0/abc.txt"));       // [[:alpha:]]*.txt
        Assert.False(matcher.IsExcluded("d0/1bc.txt"));
        Assert.True(matcher.IsExcluded("d1/a x"));           // *\bx: a boundary before the x
        Assert.False(matcher.IsExcluded("d1/ax"));
        Assert.True(matcher.IsExcluded("d2/éz"));            // \pL? (a letter, then any one character)
        Assert.False(matcher.IsExcluded("d2/1z"));
        Assert.True(matcher.IsExcluded("d9995/abc"));        // [[:^digit:]]*
        Assert.False(matcher.IsExcluded("d9995/1a"));
        Assert.True(matcher.IsExcluded("d9999/a"));          // [^[:space:]]\b at the end
        Assert.False(matcher.IsExcluded("d9999/ "));
        Assert.False(matcher.IsExcluded("d9999/é"));         // é is no ASCII word character: no boundary after it
        Assert.True(matcher.IsExcluded("d9999/e"));
    }
}
