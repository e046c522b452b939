using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Shell;

/// <summary>The compact forms of shell words (shared part lists, offsets kept as a start) against the plain ones, over the corpus.</summary>
public class ShellWordCorpusTests
{
    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Shared_part_lists_equal_a_fresh_split_of_every_corpus_word()
    {
        int words = 0;
        foreach (var word in CorpusWords())
        {
            Assert.Equal(WordParts.SplitAny(word.Word.Text), word.Word.Parts);
            words++;
        }
        Assert.True(words > 100_000, $"only {words} words");
    }

    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Every_unquoted_character_of_a_top_level_corpus_word_maps_to_the_same_character_in_the_file()
    {
        int checkedWords = 0;
        foreach (var (word, context, file) in CorpusWords())
        {
            // $'…' decodes escapes (the character sits on its backslash); nested scripts map through their word.
            if (context != ShellCommandContext.TopLevel || word.Text.Contains("$'", StringComparison.Ordinal)) continue;
            for (int i = 0; i < word.UnquotedText.Length; i++)
            {
                int offset = word.OffsetAt(i);
                if (file[offset] != word.UnquotedText[i])
                    Assert.Fail($"'{word.Text}': character {i} '{word.UnquotedText[i]}' maps to '{file[offset]}' at {offset}");
            }
            checkedWords++;
        }
        Assert.True(checkedWords > 100_000, $"only {checkedWords} words checked");
    }

    private static IEnumerable<(ShellWord Word, ShellCommandContext Context, string File)> CorpusWords()
    {
        string root = SharedData.PathTo("corpus")!;
        foreach (string line in File.ReadLines(Path.Combine(root, "MANIFEST.tsv")).Skip(1))
        {
            string relative = line.Split('\t')[0];
            string text = File.ReadAllText(Path.Combine(root, relative));
            foreach (var run in DockerfileParser.Parse(text, relative).Instructions.OfType<RunInstruction>())
            {
                var script = ShellParser.ParseRunUncached(run);
                if (script.IsExecForm) continue;
                foreach (var command in script.Commands)
                    foreach (var word in command.Words)
                        yield return (word, command.Context, text);
            }
        }
    }
}
