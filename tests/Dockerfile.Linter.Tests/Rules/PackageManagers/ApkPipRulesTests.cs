using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.PackageManagers;

public class DL3018ApkUnpinnedPackageTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2 bash~5.2\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/x.apk\n")]
    [InlineData("FROM alpine:3.20\nARG PKGS\nRUN apk add --no-cache $PKGS\n")]
    [InlineData("FROM alpine:3.20\nRUN apk del curl\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3018ApkUnpinnedPackage>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|curl|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|curl|] bash~5.2 {|git|} {|jq|}\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps \\\n    [|gcc|] \\\n    musl-dev=1.2\n")]
    [InlineData("FROM alpine:3.20\nENV TOOLS=\"git\"\nRUN apk add --no-cache [|$TOOLS|]\n")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN apk add [|curl|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3018ApkUnpinnedPackage>(marked);
}

public class DL3019ApkWithoutNoCacheTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl\n")]
    [InlineData("FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk update\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3019ApkWithoutNoCache>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN apk [|add|] curl\n")]
    [InlineData("FROM alpine:3.20\nRUN --mount=type=bind,target=/var/cache/apk apk [|add|] curl\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3019ApkWithoutNoCache>(marked);

    [Fact]
    public void Fix_inserts_no_cache() =>
        RuleTester.Fix<DL3019ApkWithoutNoCache>("FROM alpine:3.20\nRUN apk add curl\n", "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
}

public class DL3013PipUnpinnedPackageTests
{
    [Theory]
    [InlineData("FROM python:3.12\nRUN pip install flask==3.0.3 'requests>=2'\n")]
    [InlineData("FROM python:3.12\nRUN pip install -r requirements.txt\n")]
    [InlineData("FROM python:3.12\nRUN pip install -c constraints.txt flask\n")]
    [InlineData("FROM python:3.12\nRUN pip install . ./lib /tmp/x.whl\n")]
    [InlineData("FROM python:3.12\nRUN pip install git+https://github.com/a/b.git@v1.2\n")]
    [InlineData("FROM python:3.12\nRUN pipx install black==24.8.0\n")]
    [InlineData("FROM python:3.12\nRUN pipx run black\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3013PipUnpinnedPackage>(dockerfile);

    [Theory]
    [InlineData("FROM python:3.12\nRUN pip install [|flask|]\n")]
    [InlineData("FROM python:3.12\nRUN pip install [|flask|] gunicorn==23.0 {|requests|}\n")]
    [InlineData("FROM python:3.12\nRUN python3 -m pip install --no-cache-dir -r req.txt [|gunicorn|]\n")]
    [InlineData("FROM python:3.12\nRUN pip3 install --upgrade [|pip|]\n")]
    [InlineData("FROM python:3.12\nRUN pip install [|git+https://github.com/a/b.git|]\n")]
    [InlineData("FROM python:3.12\nRUN pipx install --python python3.12 [|black|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3013PipUnpinnedPackage>(marked);
}

public class DL3042PipWithoutNoCacheDirTests
{
    [Theory]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir flask\n")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n")]
    [InlineData("FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n")]
    [InlineData("ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n")]
    [InlineData("FROM python:3.12\nARG PIP_FLAGS=\"--no-cache-dir -q\"\nRUN pip install ${PIP_FLAGS} flask\n")]
    [InlineData("FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n")]
    [InlineData("FROM python:3.12\nRUN pip download flask\n")]
    [InlineData("FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache pip install -r r.txt\n")] // the audit's reproducer
    [InlineData("FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/ pip install -r r.txt\n")]
    [InlineData("FROM python:3.12\nUSER app\nRUN --mount=type=cache,target=/home/app/.cache,uid=1000 pip install flask\n")]
    [InlineData("FROM python:3.12\nENV PIP_CACHE_DIR=/var/cache/pip\nRUN --mount=type=cache,target=/var/cache pip install flask\n")]
    [InlineData("FROM python:3.12\nENV HOME=/app\nRUN --mount=type=cache,target=/app/.cache pip install flask\n")]
    [InlineData("FROM python:3.12\nRUN --mount=type=cache,target=/pipcache pip install --cache-dir /pipcache/p flask\n")]
    [InlineData("FROM python:3.12\nRUN --mount=type=tmpfs,target=/root pip install flask\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3042PipWithoutNoCacheDir>(dockerfile);

    [Theory]
    [InlineData("FROM python:3.12\nRUN pip [|install|] flask\n")]
    [InlineData("FROM python:3.12\nRUN python -m pip [|install|] -r req.txt\n")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip [|install|] flask\n")]
    [InlineData("FROM python:3.12\nRUN PIP_NO_CACHE_DIR=off pip [|install|] flask\n")]
    [InlineData("FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=false && pip [|install|] flask\n")]
    [InlineData("ENV PIP_NO_CACHE_DIR=no\nRUN pip [|install|] flask\n")]
    [InlineData("FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/npm pip [|install|] flask\n")] // a sibling, not a parent
    [InlineData("FROM python:3.12\nENV PIP_CACHE_DIR=/var/cache/pip\nRUN --mount=type=cache,target=/root/.cache pip [|install|] flask\n")]
    [InlineData("FROM python:3.12\nRUN --mount=type=bind,target=/root/.cache pip [|install|] flask\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3042PipWithoutNoCacheDir>(marked);

    [Fact]
    public void Fix_inserts_no_cache_dir() =>
        RuleTester.Fix<DL3042PipWithoutNoCacheDir>("FROM python:3.12\nRUN pip install flask\n", "FROM python:3.12\nRUN pip install --no-cache-dir flask\n");
}

public class DL3009AptListsNotDeletedTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\n")]
    [InlineData("FROM debian:12 AS build\nRUN apt-get update\nFROM debian:12\nCOPY --from=build /x /x\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3009AptListsNotDeleted>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|apt-get update|] && apt-get install -y curl\n")]
    [InlineData("FROM debian:12 AS base\nRUN [|apt-get update|]\nFROM base\nRUN echo\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3009AptListsNotDeleted>(marked);
}
