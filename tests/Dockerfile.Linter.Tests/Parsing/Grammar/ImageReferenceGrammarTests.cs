using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Parsing.Grammar;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Parsing.Grammar;

public class ImageReferenceGrammarTests
{
    private static string? Part(string text, Located<string>? part) => part is { } p ? text[p.Start..p.End] : null;

    [Theory]
    [InlineData("ubuntu", null, "ubuntu", null, null)]
    [InlineData("ubuntu:24.04", null, "ubuntu", "24.04", null)]
    [InlineData("library/ubuntu", null, "library/ubuntu", null, null)]
    [InlineData("ghcr.io/org/app:v1", "ghcr.io", "org/app", "v1", null)]
    [InlineData("localhost:5000/app", "localhost:5000", "app", null, null)]
    [InlineData("localhost/app", "localhost", "app", null, null)]
    [InlineData("[::1]:5000/app:1", "[::1]:5000", "app", "1", null)]
    [InlineData("My.Registry/app", "My.Registry", "app", null, null)]
    [InlineData("Registry/app", "Registry", "app", null, null)]
    [InlineData("alpine@sha256:0123456789abcdef0123456789abcdef", null, "alpine", null, "sha256:0123456789abcdef0123456789abcdef")]
    [InlineData("alpine:3.20@sha256:0123456789abcdef0123456789abcdef", null, "alpine", "3.20", "sha256:0123456789abcdef0123456789abcdef")]
    [InlineData("a__b-c---d/e.f_g:W0rd_.-x", null, "a__b-c---d/e.f_g", "W0rd_.-x", null)]
    public void Valid_references_are_cut_into_their_parts(string text, string? domain, string path, string? tag, string? digest)
    {
        var parts = ImageReferenceGrammar.Read(text);
        Assert.Equal((domain, path, tag, digest), (Part(text, parts.Domain), Part(text, parts.Path), Part(text, parts.Tag), Part(text, parts.Digest)));
        Assert.Equal((domain, path, tag, digest), (parts.Domain?.Value, parts.Path.Value, parts.Tag?.Value, parts.Digest?.Value));
        Assert.Null(ImageReferenceGrammar.Check(text, parts));
    }

    [Theory]
    [InlineData("${REGISTRY}/app:${TAG}", "${REGISTRY}", "app", "${TAG}")]
    [InlineData("org/app:$TAG", null, "org/app", "$TAG")]
    [InlineData("Ubuntu", null, "Ubuntu", null)]
    public void Any_text_is_shaped_even_when_invalid(string text, string? domain, string path, string? tag)
    {
        var parts = ImageReferenceGrammar.Read(text);
        Assert.Equal((domain, path, tag), (parts.Domain?.Value, parts.Path.Value, parts.Tag?.Value));
        Assert.NotNull(ImageReferenceGrammar.Check(text, parts));
    }

    [Theory]
    [InlineData("", 0, "an image reference")]
    [InlineData("Ubuntu", 0, "a lower-case letter or digit")]
    [InlineData("ubuntu-", 7, "a lower-case letter or digit")]
    [InlineData("org//app", 4, "a lower-case letter or digit")]
    [InlineData("alpine:", 7, "a tag (letters, digits, '_', then also '.' and '-')")]
    [InlineData("alpine:-1", 7, "a tag (letters, digits, '_', then also '.' and '-')")]
    [InlineData("alpine:3.20:x", 11, "'@' and a digest")]
    [InlineData("alpine@sha256", 13, "':' after the digest algorithm")]
    [InlineData("alpine@sha256:abc", 17, "at least 32 hexadecimal digits")]
    [InlineData("a_b.io/app", 1, "a letter, digit, '-', '.' or ':' and a port in the registry host")]
    [InlineData("org/app!", 7, "a lower-case letter, digit, '.', '_', '-' or '/' in the repository path")]
    [InlineData("host-.io/app", 5, "a host name (letters, digits and inner '-')")]
    [InlineData("localhost:port/app", 10, "a port number")]
    public void Malformed_references_say_what_was_expected_where(string text, int offset, string expected)
    {
        var failure = ImageReferenceGrammar.Check(text, ImageReferenceGrammar.Read(text));
        Assert.NotNull(failure);
        Assert.Equal((offset, expected), (failure.Value.Offset, failure.Value.Expected));
    }

    [Fact]
    public void Names_and_tags_have_length_limits()
    {
        string name = new('a', 256);
        Assert.False(ImageReferenceGrammar.IsValid(name));
        Assert.True(ImageReferenceGrammar.IsValid(new string('a', 255)));
        Assert.True(ImageReferenceGrammar.IsValid("alpine:" + new string('t', 128)));
        Assert.False(ImageReferenceGrammar.IsValid("alpine:" + new string('t', 129)));
        Assert.False(ImageReferenceGrammar.IsValid(new string('a', 64)));
        Assert.True(ImageReferenceGrammar.IsValid(new string('a', 63)));
    }

    [Fact]
    public void FROM_image_nodes_carry_the_parts_with_their_spans()
    {
        string text = "FROM ghcr.io/org/app:v1@sha256:0123456789abcdef0123456789abcdef AS build\n";
        var image = Assert.IsType<FromInstruction>(DockerfileParser.Parse(text).Instructions[0]).Image!;
        string At(TextSpan? span) => text.Substring(span!.Value.Start, span.Value.Length);
        Assert.Equal(("ghcr.io", "org/app", "v1", "sha256:0123456789abcdef0123456789abcdef"),
            (At(image.RegistrySpan), At(image.RepositorySpan), At(image.TagSpan), At(image.DigestSpan)));
        Assert.True(image.IsValid);
    }

    [Fact]
    public void Image_spans_follow_line_continuations()
    {
        string text = "FROM \\\n  alpine:3.20\n";
        var image = Assert.IsType<FromInstruction>(DockerfileParser.Parse(text).Instructions[0]).Image!;
        Assert.Equal("3.20", text.Substring(image.TagSpan!.Value.Start, image.TagSpan.Value.Length));
    }

    [Fact]
    public void Invalid_FROM_images_say_why()
    {
        var image = Assert.IsType<FromInstruction>(DockerfileParser.Parse("FROM Ubuntu:22.04\n").Instructions[0]).Image!;
        Assert.Equal("expected a lower-case letter or digit at offset 0", image.Problem);
        Assert.False(image.IsValid);
    }

    [Fact]
    public void Values_read_at_lint_time_use_the_same_grammar()
    {
        var span = new TextSpan(10, 4);
        var expanded = DockerfileParser.ParseImageReference("debian:12", span);
        Assert.Equal(("debian", "12", span, span), (expanded.Repository, expanded.Tag, expanded.TagSpan!.Value, expanded.RepositorySpan));
        var same = DockerfileParser.ParseImageReference("a:b1", span);
        Assert.Equal(new TextSpan(12, 2), same.TagSpan);
        Assert.False(DockerfileParser.ParseImageReference("alpine:", span).IsValid);
    }
}
