using System.Text;
using Dockerfile.Linter.Cli.Output;

namespace Dockerfile.Linter.Cli.Tests.Output;

public class SafeLineWriterTests
{
    [Fact]
    public void Buffered_standard_output_reaches_its_stream_before_a_message_on_standard_error()
    {
        var stdoutStream = new MemoryStream();
        var stdout = new StreamWriter(stdoutStream, new UTF8Encoding(false), 4096) { AutoFlush = false };
        var stderr = new StringWriter();
        var safe = new SafeLineWriter(stderr, flushFirst: stdout);

        stdout.Write("report line\n");
        Assert.Equal(0, stdoutStream.Length);
        safe.WriteLine("dockerfile-lint: a message");

        Assert.Equal("report line\n", Encoding.UTF8.GetString(stdoutStream.ToArray()));
        Assert.Equal("dockerfile-lint: a message\n", stderr.ToString());
    }

    [Fact]
    public void A_line_break_inside_a_message_is_escaped_and_the_line_ends_once()
    {
        var stderr = new StringWriter();
        new SafeLineWriter(stderr).WriteLine("a\nb\u001b[31m");

        Assert.Equal(1, stderr.ToString().Count(c => c == '\n'));
        Assert.DoesNotContain('\u001b', stderr.ToString());
    }
}
