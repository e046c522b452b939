using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Shell;

/// <summary>
/// The shell parser's offset map (which remembers the segment of its last answer) and the compact word offsets it
/// makes, checked against the plain source map they stand for.
/// </summary>
public class ShellTextMapTests
{
    // "ab cd" + "ef gh" + "ij", segments starting at file offsets 10, 20 and 30.
    private static readonly SourceMap ThreeSegments = new([0, 5, 10], [10, 20, 30]);

    [Fact]
    public void Answers_like_the_source_map_forwards_backwards_and_out_of_order()
    {
        var map = ShellTextMap.Of(ThreeSegments);
        int[] order = [0, 1, 4, 5, 6, 9, 10, 11, 11, 9, 4, 0, 10, 5, 12, 3];
        foreach (int offset in order) Assert.Equal(ThreeSegments.ToSource(offset), map.ToFile(offset));
    }

    [Fact]
    public void A_range_is_contiguous_only_inside_one_segment()
    {
        var map = ShellTextMap.Of(ThreeSegments);
        Assert.True(map.TryContiguous(5, 5, out int first));
        Assert.Equal(20, first);
        Assert.False(map.TryContiguous(3, 4, out _));
        Assert.True(map.TryContiguous(10, 2, out first));
        Assert.Equal(30, first);
        Assert.False(ShellTextMap.Of(i => i).TryContiguous(0, 2, out _));
    }

    [Fact]
    public void A_plain_word_across_a_line_continuation_keeps_an_offset_per_character()
    {
        // The logical text "apt-get install" where "ins" ends one line and "tall" starts the next.
        const string file = "RUN apt-get ins\\\ntall";
        var map = new SourceMap([0, "apt-get ins".Length], [4, file.IndexOf("tall", StringComparison.Ordinal)]);
        var word = ShellParser.Parse("apt-get install", map).Commands[0].Arguments[0];

        Assert.Equal("install", word.UnquotedText);
        string characters = string.Concat(Enumerable.Range(0, word.OffsetCount).Select(i => file[word.OffsetAt(i)]));
        Assert.Equal("install", characters);
        Assert.Equal(file.IndexOf("tall", StringComparison.Ordinal), word.GetSpanOfUnquoted(3, 4).Start);
    }

    [Fact]
    public void Quoted_and_escaped_words_map_each_unquoted_character()
    {
        const string text = "echo a\"b c\"d e\\ f $'g\\th'";
        var words = ShellParser.Parse(text, 100).Commands[0].Arguments;
        Assert.Equal(["ab cd", "e f", "g\th"], words.Select(w => w.UnquotedText));
        Assert.Equal([105, 107, 108, 109, 111], Enumerable.Range(0, 5).Select(i => words[0].OffsetAt(i)));
        Assert.Equal([113, 115, 116], Enumerable.Range(0, 3).Select(i => words[1].OffsetAt(i)));
        Assert.Equal([120, 121, 123], Enumerable.Range(0, 3).Select(i => words[2].OffsetAt(i)));
        Assert.Equal(["a\"b c\"d", "e\\ f"], words.Take(2).Select(w => w.Text));
    }

    [Fact]
    public void Parses_one_after_another_share_nothing_they_found()
    {
        var first = ShellParser.Parse("apt-get update && apt-get install -y curl; echo $HOME");
        var second = ShellParser.Parse("ls");
        Assert.Equal(3, first.Commands.Length);
        Assert.Equal(["ls"], second.Commands.Select(c => c.Name));
        Assert.Single(second.Pipelines);
        Assert.Equal(["HOME"], first.Commands[2].Arguments[0].ReferencedVariables.ToArray());
        Assert.Equal("apt-get", first.Commands[1].Name);
    }

    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Corpus_maps_and_plain_word_offsets_agree_with_the_source_map()
    {
        string root = SharedData.PathTo("corpus")!;
        int multiSegment = 0, plainWords = 0;
        foreach (string line in File.ReadLines(Path.Combine(root, "MANIFEST.tsv")).Skip(1))
        {
            string relative = line.Split('\t')[0];
            var syntax = DockerfileParser.Parse(File.ReadAllText(Path.Combine(root, relative)), relative);
            foreach (var run in syntax.Instructions.OfType<RunInstruction>())
            {
                if (run.Command is not ShellForm shell) continue;
                if (shell.Map.ContiguousStart is null) multiSegment++;
                var map = ShellTextMap.Of(shell.Map);
                for (int i = 0; i < shell.Text.Length; i++) Assert.Equal(shell.Map.ToSource(i), map.ToFile(i));
                for (int i = shell.Text.Length - 1; i >= 0; i -= 7) Assert.Equal(shell.Map.ToSource(i), map.ToFile(i));

                foreach (var word in ShellParser.ParseRun(run).Commands.SelectMany(c => c.Words))
                {
                    // A word without quotes, escapes or expansions: each character's offset is the map's, read directly.
                    if (word.Text != word.UnquotedText || word.HasExpansion || word.Span.Start < shell.Map.ToSource(0)) continue;
                    for (int i = 0; i < word.OffsetCount; i++)
                        Assert.Equal(word.GetSpanOfText(i, 1).Start, word.OffsetAt(i));
                    plainWords++;
                }
            }
        }
        Assert.True(multiSegment > 1000, $"only {multiSegment} RUNs over several lines");
        Assert.True(plainWords > 100_000, $"only {plainWords} plain words");
    }
}
