using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dockerfile.Linter.Tests.Parsing;

/// <summary>Dockerfile-like text built from risky fragments (continuations, heredocs, quotes, directives, garbage).</summary>
public sealed record DockerfileText(string Text)
{
    /// <inheritdoc/>
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Text);
}

/// <summary>FsCheck generators for <see cref="DockerfileText"/>.</summary>
public static class DockerfileArbitraries
{
    private static readonly string[] Fragments =
    [
        "FROM ", "FROM a AS b", "from", "RUN ", "RUN echo hi", "CMD ", "ENTRYPOINT ", "SHELL ", "COPY ", "ADD ",
        "ENV ", "LABEL ", "ARG ", "EXPOSE ", "VOLUME ", "USER ", "WORKDIR ", "ONBUILD ", "HEALTHCHECK ", "STOPSIGNAL ",
        "MAINTAINER ", "FOO ", "--mount=type=cache,target=/x ", "--from=\"a b\" ", "--link ", "-- ", "--",
        "\n", "\n", "\n", "\r\n", "\r", "\\", "\\\n", " \\\n", "\\\\\n", "`", "`\n", "# escape=`\n", "# syntax=x\n",
        "# check=skip=all\n", "# ", "#", "  # indented\n", "<<EOF", "<<-EOF", "<< EOF", "3<<EOF", "<<'EOF'", "<<\"E\"",
        "EOF\n", "\tEOF\n", "\"", "'", "[", "]", "[\"a\", \"b\"]", "[1]", "{", "}", "\"a\",", "a=b", "a=\"b c\"", "=",
        "${a:-b}", "$a", "${", ":", "/", "80/tcp", " ", " ", "\t", "\v", "\f", "\u00a0", "\uFEFF", "é", "😀", "\u2028",
        "x", "abc", "\0",
    ];

    /// <summary>Text made of fragments and random characters.</summary>
    public static Arbitrary<DockerfileText> DockerfileText()
    {
        var fragment = Gen.Elements(Fragments);
        var randomChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        var piece = Gen.Frequency((9, fragment), (1, randomChar));
        var text = piece.ListOf().Select(parts => new DockerfileText(string.Concat(parts)));
        return Arb.From(text);
    }
}

/// <summary>Properties that hold for every input: no exception, exact round trip, spans inside the text and nested.</summary>
public class ParserPropertyTests
{
    private static bool Holds(string text)
    {
        var syntax = DockerfileParser.Parse(text);
        _ = BuildKitDump.Dump(syntax);
        _ = SyntaxTreeJson.ToJson(syntax);
        var problems = SpanChecks.Check(syntax).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
        Assert.Equal(text, syntax.ToFullString());
        return true;
    }

    /// <summary>Inputs on which the properties once failed (found by the generators below).</summary>
    [Theory]
    [InlineData("\uBA48\u99DEVOLUME SHELL 3<<EOFa=\"b c\"\\\nONBUILD -- :# escape=`\n<<\"E\"[1]\\\n  # indented\n\n \\\n")]
    public void Former_counterexamples_parse_losslessly(string text) => Holds(text);

    [SeededProperty(Arbitrary = [typeof(DockerfileArbitraries)], MaxTest = 2000, EndSize = 200)]
    public bool Dockerfile_like_text_parses_losslessly(DockerfileText input) => Holds(input.Text);

    [SeededProperty(MaxTest = 1000)]
    public bool Arbitrary_strings_parse_losslessly(string? input) => Holds(input ?? "");
}
