using Dockerfile.Linter.Tests.TestSupport;
using Dockerfile.Linter.Secrets;
using FsCheck.Xunit;

namespace Dockerfile.Linter.Tests.Secrets;

public class SecretPropertyTests
{
    [SeededProperty(MaxTest = 500)]
    public bool Scan_never_throws_and_findings_point_into_the_text(string? text)
    {
        var findings = SecretScanner.Scan(text);
        return findings.All(f => text is not null && f.Start >= 0 && f.End <= text.Length && text.Substring(f.Start, f.Length) == f.Value);
    }

    [SeededProperty(MaxTest = 500)]
    public bool ClassifyValue_never_throws(string? name, string? value)
    {
        var finding = SecretScanner.ClassifyValue(name, value);
        return finding is null || (value is not null && value.Substring(finding.Value.Start, finding.Value.Length) == finding.Value.Value);
    }

    [SeededProperty(MaxTest = 500)]
    public bool Names_never_throw(string? name) => SecretNames.IsSecretName(name) == (SecretNames.FindSecretWord(name) is not null);

    [SeededProperty(MaxTest = 500)]
    public bool Masking_keeps_length_and_hides_the_tail(string? value)
    {
        var masked = SecretMask.Mask(value);
        return masked.Length == (value?.Length ?? 0) && masked.Skip(4).All(c => c == '*');
    }
}
