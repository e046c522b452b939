using System.Text;
using Dockerfile.Linter.Cli.Input;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Cli.Linting;

namespace Dockerfile.Linter.Cli.Fixing;

/// <summary>What fixing one input did.</summary>
/// <param name="Result">The lint result to report: of the fixed text, or of the original when it could not be written.</param>
/// <param name="Applied">How many findings the fixes resolved (0 when nothing was written).</param>
/// <param name="Changed">Whether fixing changes the text (in <c>--diff</c> mode: would change it).</param>
/// <param name="HiddenUnsafe">Remaining findings whose fix is unsafe and was not asked for.</param>
/// <param name="Rejected">Fixes not applied because they would have added parse errors.</param>
/// <param name="Diff">The unified diff (<c>--diff</c>), or null.</param>
/// <param name="StandardOutputText">The text to print for standard input under <c>--fix</c>, or null.</param>
/// <param name="Error">Why the fixed text could not be written, or null.</param>
internal sealed record FileFixOutcome(
    LintResult Result, int Applied, bool Changed, int HiddenUnsafe, int Rejected, string? Diff, string? StandardOutputText, string? Error);

/// <summary>Fixes one input: in place for a file (<c>--fix</c>), to stdout for standard input, or as a diff (<c>--diff</c>).</summary>
internal sealed class FileFixer(FixSettings settings, LintEngine engine)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public FileFixOutcome Fix(InputFile input, string text, SourceEncoding encoding, LinterConfiguration configuration)
    {
        var result = engine.Fix(text, input.DisplayPath, configuration, settings.IncludeUnsafe);
        int hidden = settings.IncludeUnsafe ? 0 : result.Remaining.Diagnostics.Count(d => d.Fix is { Safety: Diagnostics.FixSafety.Unsafe });
        if (settings.Mode == FixMode.Diff)
        {
            string diff = UnifiedDiff.Create(text, result.FixedText, input.DisplayPath);
            return new(result.Remaining, result.AppliedFixes, result.Changed, hidden, result.RejectedFixes, diff, null, null);
        }
        if (input.IsStandardInput)
            return new(result.Remaining, result.AppliedFixes, result.Changed, hidden, result.RejectedFixes, null, result.FixedText, null);
        if (!result.Changed)
            return new(result.Remaining, 0, false, hidden, result.RejectedFixes, null, null, null);

        string? error = null;
        if (encoding == SourceEncoding.Lossy)
            error = $"{input.DisplayPath}: not fixed: the file is not valid text in its encoding, and writing it back would change other bytes";
        else
        {
            try
            {
                AtomicFileWriter.Replace(input.FullPath!, Encode(result.FixedText, encoding));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                error = $"{input.DisplayPath}: cannot write fixes: {e.Message}";
            }
        }
        if (error is null)
            return new(result.Remaining, result.AppliedFixes, true, hidden, result.RejectedFixes, null, null, null);
        // Nothing was written: report the file as it is.
        var original = engine.Lint(text, input.DisplayPath, configuration);
        return new(original, 0, false, 0, 0, null, null, error);
    }

    /// <summary>The bytes of <paramref name="text"/> in the file's own encoding (a UTF-8 BOM is part of the text as U+FEFF).</summary>
    internal static byte[] Encode(string text, SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf16LittleEndian => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        SourceEncoding.Utf16BigEndian => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Utf8.GetBytes(text),
    };
}
