using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>Helpers shared by the secret rules: unquoting a value word and mapping a finding back to the file.</summary>
internal static class SecretValueText
{
    /// <summary>The value of <paramref name="word"/> without surrounding quotes, and the offset of that value in the word.</summary>
    public static (string Value, int Offset) Unquote(Word word)
    {
        string text = word.Text;
        if (text.Length >= 2 && text[0] is '"' or '\'' && text[^1] == text[0]) return (text[1..^1], 1);
        return (text, 0);
    }

    /// <summary>The span of <paramref name="finding"/> (relative to the unquoted value) inside <paramref name="word"/>.</summary>
    public static TextSpan SpanOf(Word word, int offset, SecretFinding finding)
    {
        int start = Math.Clamp(word.Span.Start + offset + finding.Start, word.Span.Start, word.Span.End);
        int end = Math.Clamp(start + finding.Length, start, word.Span.End);
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>"a GitHub token", "an AWS access key id".</summary>
    public static string WithArticle(string description) =>
        ("aeiouAEIOU".Contains(description[0]) || description.StartsWith("npm", StringComparison.Ordinal) ? "an " : "a ") + description;

    /// <summary>
    /// <paramref name="text"/> with every secret <see cref="SecretScanner.Scan"/> finds in it masked, for messages that
    /// quote a piece of a command (which may carry a password or token).
    /// </summary>
    public static string MaskSecrets(string text)
    {
        var findings = SecretScanner.Scan(text);
        if (findings.Count == 0) return text;
        var masked = new System.Text.StringBuilder(text);
        foreach (var finding in findings)
            masked.Remove(finding.Start, finding.Length).Insert(finding.Start, finding.Masked);
        return masked.ToString();
    }
}
