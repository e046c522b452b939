using Dockerfile.Linter.Parsing.Grammar;
using static Dockerfile.Linter.Tests.Parsing.Grammar.GrammarAssert;

namespace Dockerfile.Linter.Tests.Parsing.Grammar;

public class ExposeGrammarTests
{
    [Theory]
    [InlineData("80", "80", null)]
    [InlineData("8000-8010", "8000", "8010")]
    public void A_port_or_range(string input, string start, string? end)
    {
        var range = Parses(ExposeGrammar.PortRange, input);
        Assert.Equal((start, 0), (range.Start.Value, range.Start.Start));
        Assert.Equal(end, range.End?.Value);
        if (range.End is { } e) Assert.Equal(input.Length - end!.Length, e.Start);
    }

    [Theory]
    [InlineData("abc", 0, "a port number or range")]
    [InlineData("80-", 3, "the end of the port range")]
    [InlineData("80x", 2, "the end of the port")]
    public void Malformed_ports_say_what_was_expected(string input, int offset, string expected)
    {
        var failure = Fails(ExposeGrammar.PortRange, input);
        Assert.Equal(offset, failure.Offset);
        Assert.Equal(expected, failure.Expected);
    }

    [Fact]
    public void A_word_is_cut_at_every_colon_and_its_last_part_at_the_first_slash()
    {
        const string input = "127.0.0.1:8080:80/udp";
        var parts = Parses(ExposeGrammar.Parts, input).ToList();
        Assert.Equal(["127.0.0.1", "8080", "80/udp"], parts.Select(p => p.Value));
        Assert.Equal(15, parts[2].Start);
        var (port, protocol) = Parses(ExposeGrammar.ContainerPart, "80/udp");
        Assert.Equal(("80", 0, 2), (port.Value, port.Start, port.End));
        Assert.Equal(("udp", 3), (protocol!.Value.Value, protocol.Value.Start));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("65535", 65535)]
    [InlineData("00080", 80)]
    [InlineData("65536", null)]
    [InlineData("", null)]
    public void Port_values_follow_Go_ParseUint_16(string digits, int? value) => Assert.Equal(value, ExposeGrammar.PortValue(digits));
}
