using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Syntax;

public class DL1000ParseErrorTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n")]
    [InlineData("FROM alpine:3.20\nRUN echo a \\\n\n  && echo b\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL1000ParseError>(dockerfile);

    [Theory]
    [InlineData("[||]")]
    [InlineData("[||]# only a comment\n")]
    public void A_file_without_instructions_is_an_error(string marked) => RuleTester.Invalid<DL1000ParseError>(marked);

    [Theory]
    [InlineData("FROM alpine:3.20\n[|RUNN|] echo hi\n")]
    [InlineData("FROM alpine:3.20 AS a\nRUN true\nFROM a\n[|fromm|] b\n")]
    public void An_unknown_instruction_after_FROM_is_an_error(string marked) => RuleTester.Invalid<DL1000ParseError>(marked);

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN [|--foo|] echo hi\n")]
    [InlineData("FROM alpine:3.20\nCOPY [|--mount=type=cache,target=/x|] a /b\n")]
    [InlineData("FROM alpine:3.20\nENV [|--x=1|] A=b\n")]
    [InlineData("FROM alpine:3.20\nCOPY [|--Chown=1|] a /b\n")]
    [InlineData("FROM alpine:3.20\nRUN --mount=[|type=cahce|],target=/root/.cache echo\n")]
    public void A_flag_the_instruction_does_not_take_is_an_error(string marked) => RuleTester.Invalid<DL1000ParseError>(marked);

    [Theory]
    [InlineData("FROM --platform=$BUILDPLATFORM alpine:3.20\nRUN --mount=type=cache,target=/x --network=none echo\n")]
    [InlineData("FROM alpine:3.20 AS a\nFROM a\nCOPY --from=a --chown=1 --chmod=644 --link --parents --exclude=*.md a /b\n")]
    [InlineData("FROM alpine:3.20\nADD --checksum=sha256:abc --keep-git-dir=true --unpack https://x/y.tgz /y\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD true\n")]
    [InlineData("FROM alpine:3.20\nRUN --mount=type=secret,id=x --mount=type=ssh --mount=type=tmpfs,target=/t --mount=target=/b --mount=type=$T echo\n")]
    [InlineData("FROM alpine:3.20\nARG --whatever=1 A\nHEALTHCHECK --x=1 NONE\nSTOPSIGNAL --y SIGTERM\n")]
    public void Flags_BuildKit_accepts_or_never_checks_are_valid(string dockerfile) => RuleTester.Valid<DL1000ParseError>(dockerfile);

    [Fact]
    public void An_unknown_instruction_before_FROM_is_left_to_DL3061() =>
        RuleTester.Valid<DL1000ParseError>("FROMM alpine:3.20\nFROM alpine:3.20\n");

    [Fact]
    public void Each_parse_error_is_reported_with_its_span()
    {
        const string text = "FROM alpine:3.20\nRUN <<EOF\necho never terminated\n";
        var linter = new DockerfileLinter(rules: [new DL1000ParseError()]);
        var result = linter.Lint(text);
        var errors = result.Syntax.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.Equal(errors.Select(e => (e.Span, e.Message)), result.Diagnostics.Select(d => (d.Span, d.Message)));
        Assert.All(result.Diagnostics, d => Assert.Equal("DL1000", d.Code));
    }

    [Fact]
    public void Parse_errors_do_not_stop_other_rules()
    {
        var result = new DockerfileLinter().Lint("FROM alpine:3.20\nWORKDIR app\nRUN <<EOF\necho never terminated\n");
        Assert.Contains(result.Diagnostics, d => d.Code == "DL1000");
        Assert.Contains(result.Diagnostics, d => d.Code == "DL3000");
    }

    [Theory]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=[|abc|] CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --timeout=[|10us|] CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --retries=[|-1|] CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --retries=[|three|] CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK [|CONNECT|] TCP 7000\n")]
    public void Healthcheck_values_the_build_refuses_are_errors(string marked) => RuleTester.Invalid<DL1000ParseError>(marked);

    [Theory]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=1m30s --timeout=3s --start-period=0 --start-interval=500ms --retries=3 CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=1.5h CMD true\n")]
    [InlineData("FROM alpine:3.20\nARG EVERY=30s\nHEALTHCHECK --interval=$EVERY CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=abc NONE\n")]
    [InlineData("FROM alpine:3.20\nhealthcheck cmd true\n")]
    public void Valid_healthchecks_are_not_errors(string dockerfile) => RuleTester.Valid<DL1000ParseError>(dockerfile);

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("1.5h", 5_400_000)]
    [InlineData("250ms", 250)]
    [InlineData("0", 0)]
    public void Go_durations_parse(string text, double milliseconds)
    {
        Assert.True(HealthcheckOptions.TryParseGoDuration(text, out var duration));
        Assert.Equal(milliseconds, duration.TotalMilliseconds);
    }
}
