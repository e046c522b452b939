using System.Buffers;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// The fixed words the scanners look for before running a regex, found in one pass over a text for all of them:
/// the literals of the well-known token formats compared with case (bit <c>i</c> for format <c>i</c>, see
/// <see cref="KnownSecretFormats"/>) and the password command words (bit <c>32 + j</c> for command word <c>j</c>, see
/// <see cref="CredentialGates.CommandWord"/>). A RUN line is searched once instead of once per consumer.
/// </summary>
internal static class SecretAnchors
{
    private const int CommandWordShift = 32;

    private static readonly (string Word, ulong Bits)[] Words = Build();

    private static readonly SearchValues<string> AnyWord =
        SearchValues.Create(Words.Select(w => w.Word).ToArray(), StringComparison.Ordinal);

    // The words by their first character (all are ASCII), so a place where one starts is told apart by a few
    // comparisons rather than one per word.
    private static readonly (string Word, ulong Bits)[][] ByFirstChar = Enumerable.Range(0, 128)
        .Select(c => Words.Where(w => w.Word[0] == c).ToArray()).ToArray();

    /// <summary>The bits of the format literals and command words <paramref name="text"/> holds.</summary>
    public static ulong Find(ReadOnlySpan<char> text)
    {
        ulong present = 0;
        for (int at = text.IndexOfAny(AnyWord); at >= 0; at = text.IndexOfAny(AnyWord))
        {
            text = text[at..];
            foreach (var (word, bits) in ByFirstChar[text[0]])
                if (text.StartsWith(word, StringComparison.Ordinal)) present |= bits;
            text = text[1..];
        }
        return present;
    }

    /// <summary>True when <paramref name="text"/> holds any format literal or command word.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.ContainsAny(AnyWord);

    /// <summary>The formats (bit <c>i</c> for format <c>i</c>) whose literal is in <paramref name="anchors"/>.</summary>
    public static uint Formats(ulong anchors) => (uint)anchors;

    /// <summary>The command words (<see cref="CredentialGates.CommandWords"/>) in <paramref name="anchors"/>.</summary>
    public static uint CommandWords(ulong anchors) => (uint)(anchors >> CommandWordShift);

    private static (string Word, ulong Bits)[] Build()
    {
        var bits = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (literal, format) in KnownSecretFormats.ExactLiterals())
            bits[literal] = bits.GetValueOrDefault(literal) | 1ul << format;
        foreach (var (word, index) in CredentialGates.CommandWordList.Select((w, i) => (w, i)))
            bits[word] = bits.GetValueOrDefault(word) | 1ul << (CommandWordShift + index);
        return bits.Select(p => (p.Key, p.Value)).ToArray();
    }
}
