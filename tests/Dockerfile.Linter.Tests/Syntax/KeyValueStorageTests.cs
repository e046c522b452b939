using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Syntax;

/// <summary>
/// ENV and LABEL keep their pairs as slots (texts and start offsets) and make the <see cref="KeyValue"/> objects when
/// <see cref="KeyValueInstruction.Pairs"/> is read: what is made must be what the parser found, and pairs whose spans
/// do not follow from their texts must be kept exactly.
/// </summary>
public class KeyValueStorageTests
{
    private static EnvInstruction Env(string text) =>
        Assert.IsType<EnvInstruction>(DockerfileParser.Parse(text).Instructions[^1]);

    private static void AssertSamePairs(IReadOnlyList<KeyValue> expected, IReadOnlyList<KeyValue> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal((expected[i].Key.Text, expected[i].Key.Span), (actual[i].Key.Text, actual[i].Key.Span));
            Assert.Equal((expected[i].Value.Text, expected[i].Value.Span), (actual[i].Value.Text, actual[i].Value.Span));
            Assert.Equal((expected[i].IsLegacy, expected[i].Span), (actual[i].IsLegacy, actual[i].Span));
        }
    }

    // The plain form: an instruction given its pairs as objects through the public initializer.
    private static KeyValueInstruction Plain(KeyValueInstruction parsed)
    {
        var copies = parsed.Pairs.Select(p => new KeyValue
        {
            Key = new Word { Text = p.Key.Text, Span = p.Key.Span }, Value = new Word { Text = p.Value.Text, Span = p.Value.Span },
            IsLegacy = p.IsLegacy, Span = p.Span,
        }).ToArray();
        return parsed is EnvInstruction
            ? new EnvInstruction { Pairs = [.. copies], Header = parsed.Header, Span = parsed.Span }
            : new LabelInstruction { Pairs = [.. copies], Header = parsed.Header, Span = parsed.Span };
    }

    [Fact]
    public void Pairs_made_on_access_hold_the_texts_and_spans_as_written()
    {
        const string text = "FROM a\nENV A=b C=\"d e\" =f G=\n";
        var env = Env(text);
        Assert.Equal(4, env.PairCount);
        var pairs = env.Pairs;
        Assert.Equal(["A", "C", "", "G"], pairs.Select(p => p.Key.Text));
        Assert.Equal(["b", "\"d e\"", "f", ""], pairs.Select(p => p.Value.Text));
        foreach (var pair in pairs)
        {
            Assert.False(pair.IsLegacy);
            Assert.Equal(pair.Key.Text, text.Substring(pair.Key.Span.Start, pair.Key.Span.Length));
            Assert.Equal(pair.Value.Text, text.Substring(pair.Value.Span.Start, pair.Value.Span.Length));
            Assert.Equal(pair.Key.Text + "=" + pair.Value.Text, text.Substring(pair.Span.Start, pair.Span.Length));
        }
    }

    [Fact]
    public void A_legacy_pair_spans_the_whole_arguments()
    {
        const string text = "FROM a\nENV A b c\n";
        var pair = Assert.Single(Env(text).Pairs);
        Assert.True(pair.IsLegacy);
        Assert.Equal(("A", new TextSpan(11, 1)), (pair.Key.Text, pair.Key.Span));
        Assert.Equal(("b c", new TextSpan(13, 3)), (pair.Value.Text, pair.Value.Span));
        Assert.Equal(new TextSpan(11, 5), pair.Span);
    }

    [Fact]
    public void A_pair_cut_by_a_continuation_keeps_its_spans_over_the_cut()
    {
        const string text = "FROM a\nENV A\\\nB=c D=e\n";
        var pairs = Env(text).Pairs;
        Assert.Equal("AB", pairs[0].Key.Text);
        Assert.Equal(new TextSpan(text.IndexOf("A\\", StringComparison.Ordinal), "A\\\nB".Length), pairs[0].Key.Span);
        Assert.Equal(new TextSpan(text.IndexOf("A\\", StringComparison.Ordinal), "A\\\nB=c".Length), pairs[0].Span);
        Assert.Equal(("e", new TextSpan(text.IndexOf("e\n", StringComparison.Ordinal), 1)), (pairs[1].Value.Text, pairs[1].Value.Span));
    }

    [Fact]
    public void Pairs_given_through_the_initializer_come_back_exactly_even_when_their_spans_do_not_follow_from_the_texts()
    {
        var header = Env("FROM a\nENV A=b\n").Header;
        KeyValue[] given =
        [
            new() { Key = new Word { Text = "A", Span = new(11, 1) }, Value = new Word { Text = "b", Span = new(13, 1) }, IsLegacy = false, Span = new(11, 3) },
            new() { Key = new Word { Text = "K", Span = new(20, 4) }, Value = new Word { Text = "v", Span = new(30, 2) }, IsLegacy = true, Span = new(19, 14) },
        ];
        var env = new EnvInstruction { Pairs = [.. given], Header = header, Span = header.Span };
        AssertSamePairs(given, env.Pairs);
        Assert.Equal(2, env.PairCount);
        var regular = new LabelInstruction { Pairs = [given[0]], Header = header, Span = header.Span };
        AssertSamePairs([given[0]], regular.Pairs);
        Assert.Empty(new LabelInstruction { Pairs = [], Header = header, Span = header.Span }.Pairs);
    }

    [Fact]
    public void Reading_the_pairs_again_gives_equal_pairs_whatever_was_read_in_between()
    {
        var syntax = DockerfileParser.Parse("FROM a\nENV A=b\nLABEL c=d e=f\n");
        var (env, label) = ((EnvInstruction)syntax.Instructions[1], (LabelInstruction)syntax.Instructions[2]);
        var first = env.Pairs;
        var labels = label.Pairs;
        AssertSamePairs(first, env.Pairs);
        AssertSamePairs(labels, label.Pairs);
        Assert.Equal(["c", "e"], label.Pairs.Select(p => p.Key.Text));
        Assert.Equal("b", env.Pairs[0].Value.Text);
    }

    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Every_corpus_pair_is_made_as_the_plain_form_keeps_it_and_spans_its_text()
    {
        string root = SharedData.PathTo("corpus")!;
        int pairs = 0;
        foreach (string line in File.ReadLines(Path.Combine(root, "MANIFEST.tsv")).Skip(1))
        {
            string path = line.Split('\t')[0];
            string text = File.ReadAllText(Path.Combine(root, path));
            var syntax = DockerfileParser.Parse(text, path);
            var all = syntax.Instructions.Concat(syntax.Instructions.OfType<OnbuildInstruction>().Select(o => o.Trigger!).Where(t => t is not null));
            foreach (var instruction in all.OfType<KeyValueInstruction>())
            {
                var made = instruction.Pairs;
                Assert.Equal(made.Length, instruction.PairCount);
                AssertSamePairs(made, Plain(instruction).Pairs);
                foreach (var pair in made)
                {
                    pairs++;
                    foreach (var word in new[] { pair.Key, pair.Value })
                    {
                        Assert.True(word.Span.Start >= pair.Span.Start && word.Span.End <= pair.Span.End, $"{path}: {word.Text} outside its pair");
                        if (word.Span.Length == word.Text.Length)
                            Assert.Equal(word.Text, text.Substring(word.Span.Start, word.Span.Length));
                        else
                            Assert.True(word.Span.Length > word.Text.Length, $"{path}: {word.Text} at {word.Span}");
                    }
                }
            }
        }
        Assert.True(pairs > 5_000, $"{pairs} pairs");
    }
}
