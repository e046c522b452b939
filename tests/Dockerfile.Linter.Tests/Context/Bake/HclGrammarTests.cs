using Dockerfile.Linter.Context.Bake;

namespace Dockerfile.Linter.Tests.Context.Bake;

public class HclGrammarTests
{
    private static HclBody ParseOk(string text)
    {
        var result = HclGrammar.Parse(text);
        Assert.True(result.Success, result.Error);
        return result.Body!;
    }

    [Fact]
    public void Reads_targets_groups_and_variables_with_their_labels()
    {
        var body = ParseOk("""
            # the default group
            group "default" {
              targets = ["api", "web"]
            }

            variable "TAG" {
              default = "latest"
            }

            target "api" {
              context    = "./api"
              dockerfile = "Dockerfile.prod"
            }
            """);
        Assert.Equal(["group", "variable", "target"], body.Blocks.Select(b => b.Type));
        Assert.Equal(["default", "TAG", "api"], body.Blocks.Select(b => b.Labels.Single()));
        var api = body.Blocks[2].Body;
        Assert.Equal(new HclString("./api"), api.Get("context"));
        Assert.Equal(new HclString("Dockerfile.prod"), api.Get("dockerfile"));
        var targets = Assert.IsType<HclList>(body.Blocks[0].Body.Get("targets"));
        Assert.Equal(new HclExpression[] { new HclString("api"), new HclString("web") }, targets.Items);
    }

    [Fact]
    public void Reads_objects_with_equals_or_colon_quoted_keys_and_newline_or_comma_separators()
    {
        var body = ParseOk("""
            target "app" {
              contexts = {
                base = "target:base"
                "src": "../src", proto = "docker-image://bufbuild/buf:1.28"
              }
              args = { VERSION = 1.5, DEBUG = false, EXTRA = null }
            }
            """);
        var target = body.Blocks.Single().Body;
        var contexts = Assert.IsType<HclObject>(target.Get("contexts"));
        Assert.Equal(["base", "src", "proto"], contexts.Items.Select(i => i.Key));
        Assert.Equal(new HclString("../src"), contexts.Items[1].Value);
        var args = Assert.IsType<HclObject>(target.Get("args"));
        Assert.Equal([new HclNumber("1.5"), new HclBool(false), new HclNull()], args.Items.Select(i => i.Value));
    }

    [Fact]
    public void Keeps_interpolations_as_text_and_decodes_escapes()
    {
        var body = ParseOk("""
            target "x" {
              tags = ["repo/app:${TAG}", "repo/app:${join("-", [A, "}"])}"]
              label = "say \"hi\"\t${X}"
            }
            """);
        var target = body.Blocks.Single().Body;
        var tags = Assert.IsType<HclList>(target.Get("tags"));
        Assert.Equal(new HclString("repo/app:${TAG}"), tags.Items[0]);
        Assert.Equal(new HclString("repo/app:${join(\"-\", [A, \"}\"])}"), tags.Items[1]);
        Assert.Equal(new HclString("say \"hi\"\t${X}"), target.Get("label"));
    }

    [Fact]
    public void Reads_all_three_comment_forms()
    {
        var body = ParseOk("""
            // line comment
            /* block
               comment */
            target "a" { # trailing
              context = "." // after a value
              dockerfile = /* inline */ "Dockerfile"
            }
            """);
        var target = body.Blocks.Single().Body;
        Assert.Equal(new HclString("."), target.Get("context"));
        Assert.Equal(new HclString("Dockerfile"), target.Get("dockerfile"));
    }

    [Fact]
    public void Reads_heredocs_and_strips_the_indent_of_the_dash_form()
    {
        var body = ParseOk("""
            target "inline" {
              dockerfile-inline = <<-EOT
                FROM alpine
                RUN echo hi
                EOT
              note = <<EOF
            kept as is
            EOF
              context = "."
            }
            """);
        var target = body.Blocks.Single().Body;
        Assert.Equal(new HclString("FROM alpine\nRUN echo hi\n"), target.Get("dockerfile-inline"));
        Assert.Equal(new HclString("kept as is\n"), target.Get("note"));
        Assert.Equal(new HclString("."), target.Get("context"));
    }

    [Fact]
    public void Keeps_expressions_outside_the_subset_as_opaque_text_and_reads_the_rest()
    {
        var body = ParseOk("""
            function "tag" {
              params = [name]
              result = "${name}-${TAG}"
            }
            target "x" {
              platforms = split(",", PLATFORMS)
              output = CI ? ["type=registry"] : ["type=docker"]
              tags = [for v in VERSIONS : "app:${v}"]
              inherits = ["base", tag("x")]
              context = "ctx"
            }
            """);
        var target = body.Blocks[1].Body;
        Assert.Equal(new HclOpaque("split(\",\", PLATFORMS)"), target.Get("platforms"));
        Assert.Equal(new HclOpaque("CI ? [\"type=registry\"] : [\"type=docker\"]"), target.Get("output"));
        var inherits = Assert.IsType<HclList>(target.Get("inherits"));
        Assert.Equal(new HclExpression[] { new HclString("base"), new HclOpaque("tag(\"x\")") }, inherits.Items);
        Assert.Equal(new HclString("ctx"), target.Get("context"));
    }

    [Fact]
    public void Reads_one_line_blocks_empty_blocks_and_crlf_line_ends()
    {
        var body = ParseOk("target \"a\" { context = \"a\" }\r\ntarget \"b\" {}\r\ngroup default { targets = [\"a\",] }\r\n");
        Assert.Equal(3, body.Blocks.Length);
        Assert.Equal(new HclString("a"), body.Blocks[0].Body.Get("context"));
        Assert.True(body.Blocks[1].Body.Attributes.IsEmpty);
        Assert.Equal("default", body.Blocks[2].Labels.Single());
    }

    [Theory]
    [InlineData("target \"a\" {")]
    [InlineData("target \"a\" { context = \"unterminated }")]
    [InlineData("target \"a\" { contexts = { x = \"y\" }")]
    [InlineData("= \"no name\"")]
    [InlineData("target \"a\" { } }")]
    [InlineData("/* never closed")]
    [InlineData("x = <<EOF\nno end marker\n")]
    public void Malformed_input_is_an_error_not_an_exception(string text)
    {
        var result = HclGrammar.Parse(text);
        Assert.False(result.Success);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public void Deep_nesting_is_refused_before_parsing()
    {
        var deep = "x = " + new string('[', 100_000) + new string(']', 100_000);
        var result = HclGrammar.Parse(deep);
        Assert.False(result.Success);
        Assert.Contains("nested", result.Error);
        Assert.True(HclGrammar.Parse("x = " + new string('[', 60) + new string(']', 60)).Success);
    }

    [Fact]
    public void Oversized_input_is_refused()
    {
        var result = HclGrammar.Parse("# " + new string('a', HclGrammar.MaxLength));
        Assert.False(result.Success);
        Assert.Contains("larger", result.Error);
    }

    [Fact]
    public void Long_flat_input_parses()
    {
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"target \"t{i}\" {{\n  context = \"c{i}\"\n}}\n"));
        var body = ParseOk(text);
        Assert.Equal(5_000, body.Blocks.Length);
        Assert.Equal(new HclString("c4999"), body.Blocks[^1].Body.Get("context"));
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(8);
        const string alphabet = "target\"{}[]()=:,#/*\n \\$<-EOFabc123.";
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            var result = HclGrammar.Parse(new string(chars));
            Assert.True(result.Success || result.Error is not null);
        }
    }
}
