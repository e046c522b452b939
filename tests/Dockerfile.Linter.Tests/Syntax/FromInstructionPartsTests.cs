using System.Collections.Immutable;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Syntax;

/// <summary>
/// FROM keeps its words only when they are not its image, AS and stage name, and an image reference keeps its
/// registry, digest and problem only when one is present: what is made on access must be what the parser found.
/// </summary>
public class FromInstructionPartsTests
{
    private static FromInstruction From(string text) =>
        Assert.IsType<FromInstruction>(Assert.Single(DockerfileParser.Parse(text).Instructions));

    [Theory]
    [InlineData("FROM alpine:3.20\n", new[] { "alpine:3.20" })]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n", new[] { "golang:1.23", "AS", "build" })]
    [InlineData("FROM \"alpine\"\n", new[] { "\"alpine\"" })]
    [InlineData("FROM a AS b c\n", new[] { "a", "AS", "b", "c" })]
    [InlineData("FROM a \\\n  AS b\n", new[] { "a", "AS", "b" })]
    public void The_words_are_the_arguments_as_written(string text, string[] words)
    {
        var from = From(text);
        Assert.Equal(words, from.Words.Select(w => w.Text));
        foreach (var word in from.Words)
            Assert.Equal(word.Text, text.Substring(word.Span.Start, word.Span.Length));
    }

    [Fact]
    public void Words_given_before_the_parts_are_kept_as_given()
    {
        var image = From("FROM alpine AS x\n").Image!;
        var words = ImmutableArray.Create(new Word { Text = "alpine", Span = image.Span });
        var from = new FromInstruction
        {
            Words = words, Image = image, AsKeyword = null, StageName = new Word { Text = "x", Span = new TextSpan(15, 1) },
            Header = From("FROM alpine AS x\n").Header, Span = image.Span,
        };
        Assert.Equal(["alpine"], from.Words.Select(w => w.Text));
    }

    [Fact]
    public void Words_equal_to_the_parts_set_before_them_are_made_from_those_parts_only()
    {
        var parsed = From("FROM alpine AS x\n");
        var from = new FromInstruction
        {
            Image = parsed.Image, AsKeyword = null,
            StageName = null, Words = [new Word { Text = "alpine", Span = parsed.Image!.Span }],
            Header = parsed.Header, Span = parsed.Span,
        };
        var word = Assert.Single(from.Words);
        Assert.Equal(("alpine", parsed.Image.Span), (word.Text, word.Span));
    }

    [Theory]
    [InlineData("alpine:3.20", null, "alpine", "3.20", null, true)]
    [InlineData("ghcr.io/acme/app:1@sha256:0123456789012345678901234567890123456789012345678901234567890123", "ghcr.io", "acme/app", "1",
        "sha256:0123456789012345678901234567890123456789012345678901234567890123", true)]
    [InlineData("Ubuntu", null, "Ubuntu", null, null, false)]
    public void An_image_reference_keeps_its_rare_parts_only_when_present(string text, string? registry, string repository,
        string? tag, string? digest, bool valid)
    {
        var image = From($"FROM {text}\n").Image!;
        Assert.Equal((registry, repository, tag, digest, valid), (image.Registry, image.Repository, image.Tag, image.Digest, image.IsValid));
        Assert.Equal(registry is null, image.RegistrySpan is null);
        Assert.Equal(digest is null, image.DigestSpan is null);
        if (image.RegistrySpan is { } r) Assert.Equal(registry, $"FROM {text}\n".Substring(r.Start, r.Length));
        if (image.DigestSpan is { } d) Assert.Equal(digest, $"FROM {text}\n".Substring(d.Start, d.Length));
        Assert.Equal(valid, image.Problem is null);
    }

    [Theory]
    [InlineData("alpine:3.20", false)]
    [InlineData("alpine:$TAG", true)]
    [InlineData("$BASE", true)]
    [InlineData("alpine", false)]
    public void An_image_reference_keeps_its_tag_span_and_variable_mark_together(string text, bool hasVariable)
    {
        string line = $"FROM {text}\n";
        var image = From(line).Image!;
        Assert.Equal(hasVariable, image.HasVariable);
        Assert.Equal(image.Tag is null, image.TagSpan is null);
        if (image.TagSpan is { } t) Assert.Equal(image.Tag, line.Substring(t.Start, t.Length));
        // either order of the two initializers gives the same reference
        var tagFirst = new ImageReference
        {
            TagSpan = new TextSpan(7, 0), HasVariable = true, Text = "a", Registry = null, Repository = "a", Tag = "", Digest = null, Span = default,
        };
        var markFirst = new ImageReference
        {
            HasVariable = true, TagSpan = new TextSpan(7, 0), Text = "a", Registry = null, Repository = "a", Tag = "", Digest = null, Span = default,
        };
        Assert.Equal((new TextSpan(7, 0), true), (tagFirst.TagSpan, tagFirst.HasVariable));
        Assert.Equal((new TextSpan(7, 0), true), (markFirst.TagSpan, markFirst.HasVariable));
    }

    [Fact]
    public void A_named_stage_keeps_its_AS_and_name_whatever_the_initializer_order()
    {
        var parsed = From("FROM alpine AS x\n");
        var from = new FromInstruction
        {
            Words = parsed.Words, Image = parsed.Image, AsKeyword = parsed.AsKeyword, StageName = parsed.StageName,
            Header = parsed.Header, Span = parsed.Span,
        };
        Assert.Equal(("AS", "x"), (from.AsKeyword!.Text, from.StageName!.Text));
        Assert.Equal(["alpine", "AS", "x"], from.Words.Select(w => w.Text));
        Assert.Equal(["alpine", "AS", "x"], parsed.Words.Select(w => w.Text));
        // the words' bits share a field with the instruction's own facts
        Assert.Equal((parsed.Keyword.Text, parsed.StartLine, parsed.EndLine, parsed.FullSpan), (from.Keyword.Text, from.StartLine, from.EndLine, from.FullSpan));
        var words = From("from alpine \\\n  AS x\n");
        Assert.Equal(("from", 1, 2), (words.Keyword.Text, words.StartLine, words.EndLine));
        Assert.Equal(["alpine", "AS", "x"], words.Words.Select(w => w.Text));
    }

    [SharedDataFact("corpus")]
    public void Every_corpus_FROM_has_the_words_of_its_arguments()
    {
        string corpus = SharedData.PathTo("corpus")!;
        int froms = 0;
        foreach (var file in Directory.EnumerateDirectories(corpus).SelectMany(Directory.EnumerateFiles))
        {
            string text = DataFiles.ReadExact(file);
            foreach (var from in DockerfileParser.Parse(text, file).Instructions.OfType<FromInstruction>())
            {
                froms++;
                // The words split the arguments (after the flags) at blanks; on one line, each sits at its span.
                if (from.StartLine != from.EndLine || from.LogicalText.Length != from.Span.Length) continue;
                string arguments = from.LogicalText[(from.ArgumentsSpan.Start - from.Span.Start)..];
                Assert.Equal(arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries), from.Words.Select(w => w.Text));
                foreach (var word in from.Words) Assert.Equal(word.Text, text.Substring(word.Span.Start, word.Span.Length));
            }
        }
        Assert.True(froms > 3_000, $"{froms} FROM instructions");
    }
}
