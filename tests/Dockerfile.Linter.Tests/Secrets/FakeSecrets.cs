namespace Dockerfile.Linter.Tests.Secrets;

/// <summary>
/// Builds secret-shaped test values at run time, so the sources hold no literal token that secret scanners
/// (or people) would mistake for a leaked credential.
/// </summary>
internal static class FakeSecrets
{
    private const string Alphabet = "aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uVwXyZ";

    /// <summary><paramref name="prefix"/> followed by <paramref name="length"/> deterministic mixed-case letters and digits.</summary>
    public static string Token(string prefix, int length, string alphabet = Alphabet)
    {
        var chars = new char[length];
        uint state = (uint)(prefix.Length * 7919 + length * 104729);
        for (int i = 0; i < length; i++)
        {
            state = state * 1664525 + 1013904223;
            chars[i] = alphabet[(int)(state >> 24) % alphabet.Length];
        }
        return prefix + new string(chars);
    }

    public static string Upper(string prefix, int length) => Token(prefix, length, "ABCDEFGHJKLMNPQRSTUVWXYZ234567");
}
