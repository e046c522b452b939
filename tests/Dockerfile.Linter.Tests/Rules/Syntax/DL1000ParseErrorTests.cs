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

    // BuildKit's instruction layer (frontend/dockerfile/instructions/parse.go) and dispatch (nat.ParsePortSpec for
    // EXPOSE) refuse these although its parser accepts them.
    [Theory]
    [InlineData("[|FROM|]\n")]
    [InlineData("[|FROM alpine:3.20 build|]\n")]
    [InlineData("[|FROM alpine:3.20 AS a b|]\n")]
    [InlineData("FROM alpine:3.20 AS [|1st|]\n")]
    [InlineData("FROM alpine:3.20\n[|COPY onlyone|]\n")]
    [InlineData("FROM alpine:3.20\n[|ADD|]\n")]
    [InlineData("FROM alpine:3.20\n[|COPY [\"a\"]|]\n")]
    [InlineData("FROM alpine:3.20\nCOPY a [|<<EOF|]\nbody\nEOF\n")]
    [InlineData("FROM alpine:3.20\n[|ENV|]\n")]
    [InlineData("FROM alpine:3.20\n[|LABEL|]\n")]
    [InlineData("FROM alpine:3.20\n[|ARG|]\n")]
    [InlineData("FROM alpine:3.20\nENV [|=x|]\n")]
    [InlineData("FROM alpine:3.20\nARG A [|=x|]\n")]
    [InlineData("FROM alpine:3.20\n[|WORKDIR|]\n")]
    [InlineData("FROM alpine:3.20\n[|USER|]\n")]
    [InlineData("FROM alpine:3.20\n[|STOPSIGNAL|]\n")]
    [InlineData("FROM alpine:3.20\n[|MAINTAINER|]\n")]
    [InlineData("FROM alpine:3.20\n[|EXPOSE|]\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE 80 [|abc|]\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE [|70000|]\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE [|80/tcpx|]\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE [|80:|]\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE [|x:80|]\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE [|1-2:80-90|]\n")]
    [InlineData("FROM alpine:3.20\n[|VOLUME|]\n")]
    [InlineData("FROM alpine:3.20\nVOLUME [\"/a\", [|\" \"|]]\n")]
    [InlineData("FROM alpine:3.20\n[|SHELL|]\n")]
    [InlineData("FROM alpine:3.20\n[|SHELL []|]\n")]
    [InlineData("FROM alpine:3.20\nSHELL [|/bin/sh -c|]\n")]
    [InlineData("FROM alpine:3.20\n[|HEALTHCHECK|]\n")]
    [InlineData("FROM alpine:3.20\n[|HEALTHCHECK --interval=5s|]\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK NONE [|x|]\n")]
    [InlineData("FROM alpine:3.20\n[|HEALTHCHECK CMD|]\n")]
    [InlineData("FROM alpine:3.20\n[|HEALTHCHECK CMD []|]\n")]
    [InlineData("FROM alpine:3.20\n[|ONBUILD|]\n")]
    [InlineData("FROM alpine:3.20\n[|RUN|]\n")]
    [InlineData("FROM alpine:3.20\n[|RUN --mount=type=cache,target=/x|]\n")]
    [InlineData("FROM alpine:3.20\n[|RUN []|]\n")]
    public void What_BuildKit_refuses_after_parsing_is_an_error(string marked) => RuleTester.Invalid<DL1000ParseError>(marked);

    [Theory]
    [InlineData("FROM alpine:3.20\nCMD\nENTRYPOINT\n")]
    [InlineData("FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE 80 443/udp 8000-8010 5000/SCTP 127.0.0.1:8080:80 8080-8090:80 $PORT \"90\" 1-2:3-4\n")]
    [InlineData("FROM alpine:3.20\nARG NAME\nARG A=1 B\nENV A=1 B=\"2 3\"\nLABEL a=b\nENV LEGACY value here\n")]
    [InlineData("FROM alpine:3.20 AS Build-1\nCOPY a b /c/\nCOPY <<EOF /x\nhi\nEOF\nVOLUME /a /b\nVOLUME [\"/c\"]\n")]
    [InlineData("FROM alpine:3.20\nSHELL [\"/bin/bash\", \"-c\"]\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"true\"]\nUSER app:app\nWORKDIR /my dir\nSTOPSIGNAL SIGTERM\n")]
    [InlineData("FROM alpine:3.20\nONBUILD COPY onlyone\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK NONE []\n")]
    public void What_BuildKit_accepts_is_not_refused(string dockerfile) => RuleTester.Valid<DL1000ParseError>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nEXPOSE abc\n", "invalid containerPort: abc (expected a port number or range after EXPOSE at 2:8)")]
    [InlineData("FROM\n", "FROM requires either one or three arguments (expected an image reference after FROM at 1:5)")]
    [InlineData("FROM a b\n", "FROM requires either one or three arguments (expected AS after FROM at 1:8)")]
    [InlineData("FROM a AS 1st\n", "invalid name for build stage: \"1st\", name can't start with a number or contain symbols (expected a stage name after FROM at 1:11)")]
    [InlineData("FROM alpine:3.20\nCOPY onlyone\n", "COPY requires at least two arguments, but only one was provided. Destination could not be determined (expected a destination after COPY at 2:13)")]
    [InlineData("FROM alpine:3.20\nuser\n", "USER requires exactly one argument (expected a user name or UID after USER at 2:5)")]
    [InlineData("FROM alpine:3.20\nENV \\\n  =x\n", "ENV names can not be blank")]
    [InlineData("FROM alpine:3.20\nSHELL /bin/sh -c\n", "SHELL requires the arguments to be in JSON form")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK CMD\n", "Missing command after HEALTHCHECK CMD (expected a command after HEALTHCHECK at 2:16)")]
    [InlineData("FROM alpine:3.20\nEXPOSE 80/tcpx\n", "invalid proto: tcpx")]
    [InlineData("FROM alpine:3.20\nVOLUME [\"\"]\n", "VOLUME specified can not be an empty string")]
    [InlineData("FROM alpine:3.20\nRUN\n", "RUN requires at least one argument")]
    public void Refusals_carry_BuildKit_text_and_what_was_expected_where(string dockerfile, string message)
    {
        var diagnostic = Assert.Single(RuleTester.Diagnostics<DL1000ParseError>(dockerfile));
        Assert.Equal(message, diagnostic.Message);
    }

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
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=[|-5s|] CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --start-period=[|10|] CMD true\n")]
    public void Healthcheck_values_the_build_refuses_are_errors(string marked) => RuleTester.Invalid<DL1000ParseError>(marked);

    [Theory]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=1m30s --timeout=3s --start-period=0 --start-interval=500ms --retries=3 CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=1.5h CMD true\n")]
    [InlineData("FROM alpine:3.20\nARG EVERY=30s\nHEALTHCHECK --interval=$EVERY CMD true\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK --interval=abc NONE\n")]
    [InlineData("FROM alpine:3.20\nhealthcheck cmd true\n")]
    public void Valid_healthchecks_are_not_errors(string dockerfile) => RuleTester.Valid<DL1000ParseError>(dockerfile);
}
