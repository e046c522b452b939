using System.Text;
using Dockerfile.Linter.Reporting;

namespace Dockerfile.Linter.Cli.Output;

/// <summary>
/// Wraps standard error: each written line keeps its line break, but control characters inside it (from file names or
/// file content: newlines, escape sequences) are escaped, so one message stays one line and cannot drive the terminal.
/// </summary>
internal sealed class SafeLineWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n') inner.Write(value);
        else inner.Write(ControlCharacters.Escape(value));
    }

    public override void Write(string? value)
    {
        if (value is not null) inner.Write(ControlCharacters.Escape(value));
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.Write('\n');
    }

    public override void WriteLine() => inner.Write('\n');

    public override void Flush() => inner.Flush();
}
