using System.Text;
using Dockerfile.Linter.Reporting;

namespace Dockerfile.Linter.Cli.Output;

/// <summary>
/// Wraps standard error: each written line keeps its line break, but control characters inside it (from file names or
/// file content: newlines, escape sequences) are escaped, so one message stays one line and cannot drive the terminal.
/// <paramref name="flushFirst"/> (buffered standard output) is flushed before each write, so that on a terminal that
/// shows both streams the messages keep their order with the report.
/// </summary>
internal sealed class SafeLineWriter(TextWriter inner, TextWriter? flushFirst = null) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        flushFirst?.Flush();
        if (value == '\n') inner.Write(value);
        else inner.Write(ControlCharacters.Escape(value));
    }

    public override void Write(string? value)
    {
        flushFirst?.Flush();
        if (value is not null) inner.Write(ControlCharacters.Escape(value));
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.Write('\n');
    }

    public override void WriteLine()
    {
        flushFirst?.Flush();
        inner.Write('\n');
    }

    public override void Flush() => inner.Flush();
}
