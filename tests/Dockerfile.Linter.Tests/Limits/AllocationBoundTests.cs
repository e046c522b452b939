using System.Text;

namespace Dockerfile.Linter.Tests.Limits;

/// <summary>
/// Memory stays a small multiple of the input on files of many tiny instructions, where the per-instruction work of
/// the semantic model and the rules dominates. Allocation counts on one thread are deterministic, unlike timings.
/// </summary>
public class AllocationBoundTests
{
    private static string Repeat(string line, int bytes)
    {
        var text = new StringBuilder("FROM alpine\n");
        while (text.Length < bytes) text.Append(line);
        return text.ToString();
    }

    private static double AllocatedBytesPerInputChar(string text, out LintResult result)
    {
        var linter = new DockerfileLinter();
        linter.Lint("FROM alpine\nENV A=b\nRUN echo hi\n"); // first-use initialisation (regexes, caches) is not per input
        long before = GC.GetAllocatedBytesForCurrentThread();
        result = linter.Lint(text);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)text.Length;
    }

    // Before the secret scanners stopped building a MatchCollection per pattern and the semantic model stopped
    // expanding plain words, these cost about 1,480 and 840 allocated bytes per input character.
    [Theory]
    [InlineData("ENV A=b C=d\n", 1_000)]
    [InlineData("RUN echo hello world\n", 650)]
    public void Many_tiny_instructions_allocate_a_bounded_amount_per_input_char(string line, int bound)
    {
        string text = Repeat(line, 500_000);
        double perChar = AllocatedBytesPerInputChar(text, out var result);
        Assert.Empty(result.RuleFailures);
        Assert.True(perChar < bound, $"{perChar:F0} allocated bytes per input char (bound {bound})");
    }
}
