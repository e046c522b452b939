using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC1083LiteralBraceTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN find . -name '*.pyc' -exec rm {} \\;\n")]
    [InlineData("FROM debian:12\nRUN ls | xargs -I{} cp {} /x && echo {}.bak\n")]
    [InlineData("FROM debian:12\nRUN awk '{print $1}' /f && echo \"{x}\" a\\{b\\}\n")]
    [InlineData("FROM debian:12\nRUN echo ${A} a{b,c}d {1..3} {,x}\n")]
    [InlineData("FROM debian:12\nRUN { echo a; } && f() { echo b; }\n")]
    [InlineData("FROM debian:12\nRUN [\"echo\", \"{x}\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC1083LiteralBrace>(dockerfile);

    // The markup of RuleTester reads "{|" as a related-location mark, so a reported brace is written «{» here.
    [Theory]
    [InlineData("FROM debian:12\nARG V=1\nRUN curl -fsSLO https://x/kythe-«{»$V«}».tar.gz\n")]
    [InlineData("FROM debian:12\nRUN git rev-parse @«{»u«}»\n")]
    [InlineData("FROM debian:12\nRUN echo «{»«{»a«}» x«}»\n")]
    [InlineData("FROM debian:12\nRUN echo «{»{}«}»\n")]
    [InlineData("FROM debian:12\nRUN echo a && \\\n    awk «{»print«}» /f\n")]
    public void Invalid(string marked)
    {
        var text = new System.Text.StringBuilder();
        var expected = new List<int>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '«')
            {
                expected.Add(text.Length);
                text.Append(marked[i + 1]);
                i += 2;
                continue;
            }
            text.Append(marked[i]);
        }
        var spans = RuleTester.Diagnostics<SC1083LiteralBrace>(text.ToString()).Select(d => d.Span).OrderBy(s => s.Start).ToList();
        Assert.Equal(expected, spans.Select(s => s.Start));
        Assert.All(spans, s => Assert.Equal(1, s.Length));
    }
}
