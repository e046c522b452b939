using Dockerfile.Linter.Tests.TestSupport;
using System.Text;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dockerfile.Linter.Tests.Limits;

/// <summary>A nested or chained construct at some depth, in some instruction.</summary>
public sealed record NestingCase(string Kind, string Keyword, int Depth)
{
    public string Dockerfile()
    {
        var sb = new StringBuilder("FROM alpine:3.20\n");
        switch (Kind)
        {
            case "substitution":
                sb.Append(Keyword).Append(Keyword == "WORKDIR" || Keyword == "RUN" ? " /" : " k=")
                  .Insert(sb.Length, "${a:-", Depth).Append('x').Append('}', Depth);
                break;
            case "json":
                sb.Append(Keyword is "CMD" or "ENTRYPOINT" or "RUN" ? Keyword : "CMD").Append(' ')
                  .Append('[', Depth).Append("\"a\"").Append(']', Depth);
                break;
            case "quotes":
                sb.Append(Keyword).Append(" k=");
                for (int i = 0; i < Depth; i++) sb.Append(i % 2 == 0 ? "\"'" : "'\"");
                break;
            case "command-substitution":
                sb.Append("RUN echo ").Insert(sb.Length, "$(echo ", Depth).Append('x').Append(')', Depth);
                break;
            case "backticks":
                sb.Append("RUN echo ").Append('`', Depth).Append('x').Append('`', Depth);
                break;
            case "heredoc":
                // A RUN heredoc body goes to the shell parser, a COPY one to the variable expander.
                sb.Append(Keyword == "COPY" ? "COPY <<EOF /x\n" : "RUN <<EOF\n");
                if (Keyword == "COPY") sb.Insert(sb.Length, "${a:-", Depth).Append('x').Append('}', Depth);
                else sb.Insert(sb.Length, "$(echo ", Depth).Append('x').Append(')', Depth);
                sb.Append("\nEOF");
                break;
            case "onbuild":
                sb.Insert(sb.Length, "ONBUILD ", Depth).Append("RUN true");
                break;
            case "chain":
                // Each variable repeats the previous one; the lengths grow as 10^i until the expansion limit stops them.
                sb.Append("ENV V0=aaaaaaaaaa\n");
                for (int i = 1; i <= Math.Min(Depth, 12); i++)
                    sb.Append(Keyword is "ARG" ? "ARG" : "ENV").Append($" V{i}=").Append(string.Concat(Enumerable.Repeat($"${{V{i - 1}}}", 10))).Append('\n');
                sb.Append($"RUN echo $V{Math.Min(Depth, 12)}\nLABEL x=$V5$V5\nWORKDIR /$V4\nADD https://example.com/$V5 /x\n");
                break;
        }
        return sb.Append('\n').ToString();
    }
}

public static class NestingArbitraries
{
    private static readonly string[] Kinds = ["substitution", "json", "quotes", "command-substitution", "backticks", "heredoc", "onbuild", "chain"];
    private static readonly string[] Keywords = ["ENV", "ARG", "LABEL", "WORKDIR", "RUN", "CMD", "ENTRYPOINT", "COPY", "USER", "EXPOSE"];

    public static Arbitrary<NestingCase> Cases() =>
        Arb.From(
            from kind in Gen.Elements(Kinds)
            from keyword in Gen.Elements(Keywords)
            from depth in Gen.Frequency((3, Gen.Choose(0, 80)), (1, Gen.Choose(80, 20_000)))
            select new NestingCase(kind, keyword, depth));
}

/// <summary>
/// Random nesting depths and expansion chains: linting completes on a small stack, no rule fails, and the output is
/// bounded by the input (nothing echoes an exponentially expanded value).
/// </summary>
public class LimitPropertyTests
{
    private static readonly DockerfileLinter Everything = new(AllEnabled());

    private static LintOptions AllEnabled()
    {
        var options = new LintOptions();
        foreach (var rule in RuleRegistry.All) options.Enable.Add(rule.Descriptor.Code);
        return options;
    }

    [SeededProperty(Arbitrary = [typeof(NestingArbitraries)], MaxTest = 60)]
    public bool Nesting_and_chains_lint_completely_with_bounded_output(NestingCase input)
    {
        string text = input.Dockerfile();
        // 1 MiB of stack: far less than 20,000 levels of unbounded recursion would need.
        var result = SmallStack.Run(() => Everything.Lint(text), 1024 * 1024);
        Assert.True(result.RuleFailures.IsEmpty, string.Join("\n", result.RuleFailures.Select(f => $"{f.RuleCode}: {f.Exception.Message}")));
        long output = result.Diagnostics.Sum(d => (long)d.Message.Length);
        Assert.All(result.Diagnostics, d => Assert.True(d.Message.Length <= WordLexer.MaxExpandedLength + 1000, $"{d.Code}: {d.Message.Length} characters"));
        Assert.True(output <= 64L * text.Length + 4 * WordLexer.MaxExpandedLength, $"{output} characters of messages for {text.Length} of input");
        if (input.Kind == "substitution" && input.Depth > WordLexer.MaxNesting && input.Keyword != "RUN")
            Assert.Contains(result.Diagnostics, d => d.Code == "DF0003");
        return true;
    }

    [SeededProperty(MaxTest = 200)]
    public bool Words_without_anything_to_expand_take_the_fast_path_with_the_lexers_result(NonNull<string> input)
    {
        string text = input.Get.Replace("$", "").Replace("'", "").Replace("\"", "").Replace("\\", "");
        var fast = VariableExpander.Default.ExpandWord(text, VariableEnvironment.Empty);
        var (value, words) = new WordLexer(text, VariableEnvironment.Empty, '\\', skipQuotes: false).Run();
        Assert.Equal(value, fast.Value);
        Assert.Equal(words, fast.Words);
        return true;
    }

    [SeededProperty(MaxTest = 40)]
    public bool Configuration_nesting_never_overflows(PositiveInt depth, bool mappings)
    {
        int d = depth.Get % 30_000;
        string yaml = "ignore: " + (mappings ? string.Concat(Enumerable.Repeat("{a: ", d)) + "b" + new string('}', d)
                                             : new string('[', d) + "b" + new string(']', d)) + "\n";
        var result = SmallStack.Run(() => ConfigurationReader.Read(yaml, ".dockerfile-lint.yaml", ConfigurationDialect.Native, []), 1024 * 1024);
        if (d + 1 > 64) Assert.Contains(result.Errors, e => e.Message.Contains("nested deeper than 64 levels"));
        return true;
    }
}
