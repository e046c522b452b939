using Dockerfile.Linter.Parsing.Grammar;
using Pidgin;

namespace Dockerfile.Linter.Tests.Parsing.Grammar;

/// <summary>Runs one grammar over a whole string and returns its value or its failure.</summary>
internal static class GrammarAssert
{
    public static T Parses<T>(Parser<char, T> grammar, string input)
    {
        bool ok = GrammarParts.TryParse(grammar, input, 0, input.Length, out var value, out var failure);
        Assert.True(ok, $"'{input}' failed: expected {failure.Expected} at {failure.Offset}");
        return value;
    }

    public static GrammarFailure Fails<T>(Parser<char, T> grammar, string input)
    {
        bool ok = GrammarParts.TryParse(grammar, input, 0, input.Length, out _, out var failure);
        Assert.False(ok, $"'{input}' parsed");
        return failure;
    }

    /// <summary>The text a located value covers in <paramref name="input"/>.</summary>
    public static string Covered(string input, Located<string> located) => input[located.Start..located.End];
}
