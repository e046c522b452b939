using Dockerfile.Linter.Tests.TestSupport;
using System.Text;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dockerfile.Linter.Tests.Expansion;

/// <summary>
/// <c>${V#p}</c>, <c>${V%p}</c>, <c>${V/p/r}</c>: the glob automaton against hostile patterns, and against a reference
/// (BuildKit's own translation to a regex, run by .NET's backtracking engine, which is fine on small inputs).
/// </summary>
public class ShellPatternTests
{
    private static readonly string ManyStars = string.Concat(Enumerable.Repeat("*a", 15)) + "*b";

    [Theory]
    [InlineData("ENV X=${V#" + "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}")]
    [InlineData("ENV X=${V##*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}")]
    [InlineData("ENV X=${V%*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}")]
    [InlineData("ENV X=${V%%*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}")]
    [InlineData("WORKDIR /${V#*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}")]
    public void A_pattern_with_many_stars_expands_without_timing_out(string line)
    {
        // 1,000 such lines over a 400-character value: with the backtracking regex each took a second or more and
        // then failed silently ("pattern matching timed out"); now each expands, to the value itself (no 'b').
        string value = new('a', 400);
        var text = new StringBuilder($"FROM alpine\nENV V={value}\n");
        for (int i = 0; i < 1000; i++) text.Append(line).Append('\n');
        var model = SemanticModel.Create(DockerfileParser.Parse(text.ToString()));
        foreach (var instruction in model.Syntax.Instructions.Skip(2))
        {
            var word = instruction switch
            {
                EnvInstruction env => env.Pairs[0].Value,
                WorkdirInstruction workdir => workdir.Path!,
                _ => throw new InvalidOperationException(),
            };
            var result = model.Evaluate(word.Text, instruction);
            Assert.True(result.Expansion.Success, result.Expansion.Error?.Message);
            Assert.EndsWith(value, result.Value);
        }
    }

    [Fact]
    public void Many_stars_still_find_the_right_matches_in_a_long_value()
    {
        var env = VariableEnvironment.FromStrings([$"V={new string('a', 5000)}b{new string('a', 5000)}b"]);
        string Expand(string word) => VariableExpander.Default.ExpandWord(word, env).Value!;
        Assert.Equal(new string('a', 5000) + "b", Expand("${V#" + ManyStars + "}"));     // shortest prefix: up to the first b
        Assert.Equal("", Expand("${V##" + ManyStars + "}"));                             // longest: everything
        Assert.Equal(new string('a', 5000) + "b" + new string('a', 4985), Expand("${V%" + ManyStars + "}")); // shortest suffix: 15 a's and the b
        Assert.Equal("X", Expand("${V//" + ManyStars + "/X}"));
    }

    [Theory]
    [InlineData("abc", "b*", "-", "a-")]         // greedy: the longest match at the leftmost start
    [InlineData("baaac", "a?", "-", "b--")]
    [InlineData("abc", "*", "-", "-")]           // Go: no empty match right after a match (.NET would give --)
    [InlineData("abc", "", "-", "-a-b-c-")]
    [InlineData("a\nb", "a*", "-", "-\nb")]      // '*' does not cross a newline (Go's '.')
    [InlineData("xyz", "?", "<$0>", "<x><y><z>")] // the replacement of '//' is a Go template
    public void Replace_all_follows_Go(string value, string pattern, string replacement, string expected) =>
        Assert.Equal(expected, ShellPattern.Replace(pattern, value, replacement, all: true));

    // The alphabet of the property: few letters so that matches happen, the pattern characters, a newline, and the
    // escapes BuildKit accepts.
    private static readonly string[] PatternPieces = ["a", "b", "*", "?", "\\*", "\\?", "\\\\", "\n", "/", ".", "[", "$"];
    private static readonly char[] ValueChars = "ab*?\\\n/.[$".ToCharArray();

    private static Arbitrary<(string Pattern, string Value)> Cases() =>
        (from pieces in Gen.ArrayOf(Gen.Elements(PatternPieces)).Resize(8)
         from chars in Gen.ArrayOf(Gen.Elements(ValueChars)).Resize(12)
         select (string.Concat(pieces), new string(chars))).ToArbitrary();

    [SeededProperty(MaxTest = 1000)]
    public Property Agrees_with_the_regex_translation_on_small_inputs() =>
        Prop.ForAll(Cases(), c =>
        {
            var (pattern, value) = c;
            foreach (bool greedy in (bool[])[false, true])
            {
                Assert.Equal(Reference.TrimPrefix(pattern, value, greedy), ShellPattern.TrimPrefix(pattern, value, greedy));
                Assert.Equal(Reference.TrimSuffix(pattern, value, greedy), ShellPattern.TrimSuffix(pattern, value, greedy));
            }
            Assert.Equal(Reference.ReplaceFirst(pattern, value, "<>"), ShellPattern.Replace(pattern, value, "<>", all: false));
            Assert.Equal(Reference.ReplaceAll(pattern, value, "<>"), ShellPattern.Replace(pattern, value, "<>", all: true));
        });

    [SeededProperty(MaxTest = 300)]
    public Property Expansion_of_random_patterns_never_throws() =>
        Prop.ForAll(Cases(), c =>
        {
            var env = VariableEnvironment.FromStrings([$"V={c.Value}"]);
            string pattern = c.Pattern.Replace("/", "");
            foreach (var op in (string[])["#", "##", "%", "%%", "/", "//"])
            {
                string word = op.StartsWith('/') ? $"${{V{op}{pattern}/x}}" : $"${{V{op}{pattern}}}";
                var result = VariableExpander.Default.ExpandWord(word, env);
                Assert.True(result.Success == (result.Value is not null));
            }
        });

    /// <summary>BuildKit's translation (<c>*</c> → <c>.*</c> or <c>.*?</c>, <c>?</c> → <c>.</c>), matched by .NET's backtracking engine.</summary>
    private static class Reference
    {
        private static Regex ToRegex(string pattern, bool greedy, bool anchored)
        {
            var output = new StringBuilder(anchored ? "^" : "");
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '*') output.Append(greedy ? ".*" : ".*?");
                else if (c == '?') output.Append('.');
                else if (c == '\\' && i + 1 < pattern.Length) output.Append(Regex.Escape(pattern[++i].ToString()));
                else output.Append(Regex.Escape(c.ToString()));
            }
            return new Regex(output.ToString(), RegexOptions.CultureInvariant);
        }

        public static string TrimPrefix(string pattern, string value, bool greedy)
        {
            var m = ToRegex(pattern, greedy, anchored: true).Match(value);
            return m.Success ? value[m.Length..] : value;
        }

        public static string TrimSuffix(string pattern, string value, bool greedy)
        {
            // BuildKit reverses the text and the pattern (keeping each escape before its character).
            var reversed = new List<string>();
            for (int i = 0; i < pattern.Length; i++)
                reversed.Insert(0, pattern[i] == '\\' && i + 1 < pattern.Length ? pattern.Substring(i++, 2) : pattern[i].ToString());
            string trimmed = TrimPrefix(string.Concat(reversed), new string(value.Reverse().ToArray()), greedy);
            return new string(trimmed.Reverse().ToArray());
        }

        public static string ReplaceFirst(string pattern, string value, string replacement)
        {
            var m = ToRegex(pattern, greedy: true, anchored: false).Match(value);
            return m.Success ? value[..m.Index] + replacement + value[(m.Index + m.Length)..] : value;
        }

        // Go's ReplaceAllString loop (no replacement for an empty match right after a match; always advance).
        public static string ReplaceAll(string pattern, string value, string replacement)
        {
            var regex = ToRegex(pattern, greedy: true, anchored: false);
            var output = new StringBuilder();
            int searchFrom = 0, lastEnd = 0;
            while (searchFrom <= value.Length)
            {
                var m = regex.Match(value, searchFrom);
                if (!m.Success) break;
                output.Append(value, lastEnd, m.Index - lastEnd);
                if (m.Index + m.Length > lastEnd || m.Index == 0) output.Append(replacement);
                lastEnd = m.Index + m.Length;
                searchFrom = searchFrom + 1 > lastEnd ? searchFrom + 1 : lastEnd;
            }
            return output.Append(value, lastEnd, value.Length - lastEnd).ToString();
        }
    }
}
