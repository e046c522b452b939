using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Shell;

public class DF7001HeredocWithoutErrexitTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -eux\napt-get update\napt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -o errexit\napt-get update\napt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash -e\napt-get update\napt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nRUN bash -e <<EOF\napt-get update\napt-get install -y curl\nEOF\n")]
    // one command, or every command chained with &&
    [InlineData("FROM debian:12\nRUN <<EOF\napt-get update && apt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\napt-get update \\\n  && apt-get install -y curl\nEOF\n")]
    // echo before the real work cannot fail
    [InlineData("FROM debian:12\nRUN <<EOF\necho building\napt-get update\nEOF\n")]
    // not a shell script
    [InlineData("FROM python:3.12\nRUN python3 <<EOF\nimport os\nprint(1)\nEOF\n")]
    [InlineData("FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nprint(1)\nEOF\n")]
    [InlineData("FROM debian:12\nRUN cat > /etc/x.conf <<EOF\na\nb\nEOF\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF7001HeredocWithoutErrexit>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|<<EOF|]\napt-get update\napt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nRUN [|<<EOF|]\napt-get update; apt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nRUN bash [|<<EOF|]\ncd /src\nmake\nEOF\n")]
    [InlineData("FROM debian:12\nRUN [|<<EOF|]\n#!/bin/bash\ncurl -fsSLo /tmp/x https://example.com/x\ntar -xf /tmp/x\nEOF\n")]
    // set -e after the first command is too late
    [InlineData("FROM debian:12\nRUN [|<<-EOT|]\n\tapt-get update\n\tset -e\n\tapt-get install -y curl\nEOT\n")]
    // a SHELL with pipefail but without -e does not stop at failures
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN [|<<EOF|]\napt-get update\napt-get install -y curl\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF7001HeredocWithoutErrexit>(marked);

    [Fact]
    public void Message_names_the_first_ignored_command()
    {
        var d = Assert.Single(RuleTester.Diagnostics<DF7001HeredocWithoutErrexit>("FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n"));
        Assert.Contains("runs 3 commands", d.Message, StringComparison.Ordinal);
        Assert.Contains("failing 'apt-get'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_inserts_set_e_as_the_first_line() =>
        RuleTester.Fix<DF7001HeredocWithoutErrexit>(
            "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
            "FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n");

    [Fact]
    public void Fix_keeps_the_shebang_first() =>
        RuleTester.Fix<DF7001HeredocWithoutErrexit>(
            "FROM debian:12\nRUN <<EOF\n#!/bin/sh\na\nb\nEOF\n",
            "FROM debian:12\nRUN <<EOF\n#!/bin/sh\nset -e\na\nb\nEOF\n");
}
