using System.Collections.Immutable;
using Pidgin;
using static Pidgin.Parser;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>COPY/ADD arguments: every word but the last is a source, the last is the destination.</summary>
internal sealed record SourcesAndDestination(ImmutableArray<Located<string>> Sources, Located<string> Destination);

/// <summary>
/// COPY and ADD in shell form: blank-separated words without quote handling (<c>COPY "a b" c</c> has three words);
/// at least one source and a destination. Heredoc markers (<c>&lt;&lt;EOF</c>) are source words like any other.
/// The JSON form goes through <see cref="JsonArrayGrammar"/>.
/// </summary>
internal static class SourcesAndDestinationGrammar
{
    /// <summary>The words, at least two.</summary>
    public static readonly Parser<char, SourcesAndDestination> Arguments = Map(
            (first, more) =>
            {
                var words = more.Prepend(first).ToImmutableArray();
                return new SourcesAndDestination(words[..^1], words[^1]);
            },
            BlankWord.Labelled("a source"),
            Blanks.Then(BlankWord).AtLeastOnce().Labelled("a destination"))
        .Before(EndOfArguments);

    /// <summary>VOLUME in shell form: blank-separated paths, at least one.</summary>
    public static readonly Parser<char, IEnumerable<Located<string>>> VolumePaths =
        BlankWord.Labelled("a path").SeparatedAtLeastOnce(Blanks).Before(EndOfArguments);
}
