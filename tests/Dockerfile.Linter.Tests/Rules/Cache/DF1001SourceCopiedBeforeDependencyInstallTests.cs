using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1001SourceCopiedBeforeDependencyInstallTests
{
    [Theory]
    [InlineData("FROM node:22\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n")]
    [InlineData("FROM node:22\nCOPY package*.json ./\nCOPY . .\nRUN npm ci\n")]                    // manifest copied first
    [InlineData("FROM node:22\nCOPY . .\nRUN npm install -g typescript\n")]                        // a global tool
    [InlineData("FROM node:22\nCOPY . .\nRUN npm install express\n")]                              // adds a package
    [InlineData("FROM node:22\nCOPY . .\nRUN npm run build\n")]
    [InlineData("FROM python:3.12\nCOPY requirements.txt /tmp/\nCOPY . /app\nRUN pip install -r /tmp/requirements.txt\n")]
    [InlineData("FROM python:3.12\nCOPY requirements/ /tmp/requirements/\nCOPY . .\nRUN pip install -r /tmp/requirements/base.txt\n")]
    [InlineData("FROM python:3.12\nCOPY . .\nRUN pip install .\n")]                                // installs the source itself
    [InlineData("FROM python:3.12\nRUN pip install -r requirements.txt\nCOPY . .\n")]
    [InlineData("FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build ./...\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY *.csproj ./\nCOPY . .\nRUN dotnet restore\n")]
    [InlineData("FROM node:22 AS build\nCOPY . .\nFROM node:22\nCOPY --from=build /app .\nRUN npm ci\n")]   // other stage
    [InlineData("FROM node:22\nCOPY --from=deps /app/node_modules ./node_modules\nRUN npm ci\n")]
    [InlineData("FROM node:22\nONBUILD COPY . .\nONBUILD RUN npm ci\n")]                           // ONBUILD: not analysed
    [InlineData("FROM node:22\nARG MANIFEST\nCOPY $MANIFEST ./\nCOPY . .\nRUN npm ci\n")]          // unknown copied name
    public void Valid(string dockerfile) => RuleTester.Valid<DF1001SourceCopiedBeforeDependencyInstall>(dockerfile);

    [Theory]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY . .\nRUN [|npm ci|]\n")]
    [InlineData("FROM node:22\nCOPY ./ /app/\nRUN cd /app && [|npm install|] --omit=dev\n")]
    [InlineData("FROM node:22\nADD . /app\nRUN [|yarn install|] --frozen-lockfile\n")]
    [InlineData("FROM python:3.12\nCOPY . .\nRUN [|pip install|] --no-cache-dir -r requirements.txt\n")]
    [InlineData("FROM python:3.12\nCOPY . .\nRUN [|python3 -m pip install|] -r requirements.txt\n")]
    [InlineData("FROM golang:1.23\nCOPY . .\nRUN [|go mod|] download && go build -o /app\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN [|dotnet restore|]\n")]
    [InlineData("FROM ruby:3.3\nCOPY . .\nRUN [|bundle install|]\n")]
    [InlineData("FROM rust:1.80\nCOPY . .\nRUN [|cargo build|] --release\n")]
    [InlineData("FROM maven:3-eclipse-temurin-21\nCOPY . .\nRUN [|mvn -B package|]\n")]
    [InlineData("FROM gradle:8-jdk21\nCOPY . .\nRUN [|./gradlew build|]\n")]
    [InlineData("FROM composer:2\nCOPY . .\nRUN [|composer install|] --no-dev\n")]
    [InlineData("FROM node:22\nCOPY entrypoint.sh /\nCOPY . .\nRUN \\\n    [|npm ci|]\n")]              // multi-line: right physical line
    [InlineData("FROM node:22 AS a\nCOPY . .\nRUN [|npm ci|]\nFROM a\nCOPY . .\nRUN [|npm ci|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1001SourceCopiedBeforeDependencyInstall>(marked);

    [Fact]
    public void Message_names_the_manifests()
    {
        Assert.Equal("'npm ci' runs after the whole source was copied, so any source change re-installs the dependencies; COPY package.json and package-lock.json first and install before copying the rest",
            RuleTester.Diagnostics<DF1001SourceCopiedBeforeDependencyInstall>("FROM node:22\nCOPY . .\nRUN npm ci\n").Single().Message);
        Assert.Contains("COPY requirements.txt first",
            RuleTester.Diagnostics<DF1001SourceCopiedBeforeDependencyInstall>("FROM python:3.12\nCOPY . /src\nRUN pip install -r /src/requirements.txt\n").Single().Message);
    }

    [Fact]
    public void A_glob_with_many_stars_is_matched_in_linear_time()
    {
        // 30 stars against a 40-character name: a backtracking regex (what DF1001 used) never finishes on this; the
        // glob automaton answers at once, and the answer is still right (no 'b', so the manifest was not copied).
        string stars = string.Concat(Enumerable.Repeat("*a", 30)) + "*b";
        string manifest = new('a', 40);
        RuleTester.Invalid<DF1001SourceCopiedBeforeDependencyInstall>(
            $"FROM python:3.12\nCOPY {stars} ./\nCOPY . .\nRUN [|pip install|] -r {manifest}\n");
        RuleTester.Valid<DF1001SourceCopiedBeforeDependencyInstall>(
            $"FROM python:3.12\nCOPY {stars} ./\nCOPY . .\nRUN pip install -r {manifest}b\n");
    }
}

/// <summary>DF1001 after a copy of one source directory into the working directory.</summary>
public class DF1001DirectoryCopyTests
{
    [Theory]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY ./src-ui/package.json ./src-ui/pnpm-lock.yaml ./\nRUN pnpm install\nCOPY ./src-ui ./\n")]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY config .\nCOPY package.json package-lock.json ./\nRUN npm ci\n")]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY src ./src\nRUN npm ci\n")]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY server.js .\nRUN npm ci\n")]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY --from=deps /app/node_modules .\nRUN npm ci\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1001SourceCopiedBeforeDependencyInstall>(dockerfile);

    [Theory]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY ./src-ui ./\nRUN [|pnpm install|]\n")]
    [InlineData("FROM node:22\nWORKDIR /src\nCOPY src/Admin .\nRUN [|npm ci|]\n")]
    [InlineData("FROM python:3.12\nWORKDIR /app\nCOPY backend/ /app/\nRUN [|pip install|] -r requirements.txt\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1001SourceCopiedBeforeDependencyInstall>(marked);

    [Fact]
    public void Message_names_the_directory() =>
        Assert.StartsWith("'npm ci' runs after the whole directory 'src/Admin' was copied",
            RuleTester.Diagnostics<DF1001SourceCopiedBeforeDependencyInstall>("FROM node:22\nWORKDIR /src\nCOPY src/Admin .\nRUN npm ci\n").Single().Message,
            StringComparison.Ordinal);
}
