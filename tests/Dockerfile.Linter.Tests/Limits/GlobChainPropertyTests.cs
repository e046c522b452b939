using System.Text;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Limits;

/// <summary>
/// Random glob patterns (in COPY sources, <c>${v#…}</c>, <c>${v%%…}</c>, <c>${v/…/…}</c>), random <c>${…}</c> nesting
/// and random variable chains, together in one file, with fixed seeds and bounded sizes: linting with every rule
/// completes on a small stack without a rule failure, and the findings stay bounded by the input.
/// </summary>
public class GlobChainPropertyTests
{
    private static readonly string[] GlobPieces = ["*", "a", "b", "?", "[ab]", "[!a]", "[^b]", "\\*", "**", "/", "*a", "[a-b]"];

    private static readonly DockerfileLinter Everything = new(new LintOptions { Preset = Preset.All });

    private static string Glob(Random random, int maxPieces)
    {
        var sb = new StringBuilder();
        int count = random.Next(1, maxPieces + 1);
        for (int i = 0; i < count; i++) sb.Append(GlobPieces[random.Next(GlobPieces.Length)]);
        return sb.ToString();
    }

    private static string RandomDockerfile(Random random)
    {
        var sb = new StringBuilder("FROM python:3.12\n");
        sb.Append("ENV V0=").Append(new string('a', random.Next(1, 60))).Append('b').Append('\n');
        int chain = random.Next(0, 12);
        for (int i = 1; i <= chain; i++)
            sb.Append(random.Next(2) == 0 ? "ENV" : "ARG").Append($" V{i}=")
              .Append(string.Concat(Enumerable.Repeat($"${{V{i - 1}}}", random.Next(1, 11)))).Append('\n');
        string v = $"V{chain}";
        for (int line = 0; line < 6; line++)
        {
            switch (random.Next(6))
            {
                case 0: sb.Append($"RUN echo ${{{v}#{Glob(random, 30)}}} ${{{v}##{Glob(random, 30)}}}\n"); break;
                case 1: sb.Append($"WORKDIR /${{{v}%%{Glob(random, 30)}}}\n"); break;
                case 2: sb.Append($"ENV W=${{{v}/{Glob(random, 20)}/c}} X=${{{v}//{Glob(random, 20)}/${v}}}\n"); break;
                case 3: sb.Append($"COPY {Glob(random, 30)} {Glob(random, 10)} ./\n"); break;
                case 4:
                    int depth = random.Next(0, 200);
                    sb.Append("LABEL k=").Insert(sb.Length, "${a:-", depth).Append(Glob(random, 5)).Append('}', depth).Append('\n');
                    break;
                default: sb.Append($"RUN pip install -r {new string('a', random.Next(1, 50))}\n"); break;
            }
        }
        return sb.Append("COPY . .\n").ToString();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_globs_nesting_and_chains_lint_completely_with_bounded_output(int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < 60; n++)
        {
            string text = RandomDockerfile(random);
            var result = SmallStack.Run(() => Everything.Lint(text), 1024 * 1024);
            Assert.True(result.RuleFailures.IsEmpty, text + "\n" + string.Join("\n", result.RuleFailures.Select(f => $"{f.RuleCode}: {f.Exception}")));
            long output = result.Diagnostics.Sum(d => (long)d.Message.Length);
            Assert.True(output <= 64L * text.Length + 4 * WordLexer.MaxExpandedLength, $"{output} characters of messages for {text.Length} of input");
            Assert.True(result.Diagnostics.Length <= 100 * text.Length, text);
        }
    }
}
