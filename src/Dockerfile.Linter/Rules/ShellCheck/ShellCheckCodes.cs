namespace Dockerfile.Linter.Rules;

/// <summary>The shape of ShellCheck's codes (<c>SC</c> and four digits: <c>SC1072</c>, <c>SC2086</c>, <c>SC3046</c>).</summary>
internal static class ShellCheckCodes
{
    /// <summary>True for <c>SC</c> (any case) followed by exactly four ASCII digits.</summary>
    public static bool IsShellCheckCode(string key)
    {
        var text = key.AsSpan().Trim();
        return text.Length == 6 && (text[0] is 'S' or 's') && (text[1] is 'C' or 'c') && text[2..].IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
