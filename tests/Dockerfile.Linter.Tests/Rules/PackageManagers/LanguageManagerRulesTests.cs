using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.PackageManagers;

public class DL3016NpmUnpinnedPackageTests
{
    [Theory]
    [InlineData("FROM node:22\nRUN npm install\n")]
    [InlineData("FROM node:22\nRUN npm ci\n")]
    [InlineData("FROM node:22\nRUN npm install -g pnpm@9.12.1 @angular/cli@18.2.0\n")]
    [InlineData("FROM node:22\nRUN npm install ./local-pkg /tmp/x.tgz git+https://github.com/a/b.git#v1\n")]
    public void Valid(string d) => RuleTester.Valid<DL3016NpmUnpinnedPackage>(d);

    [Theory]
    [InlineData("FROM node:22\nRUN npm install -g [|pnpm|]\n")]
    [InlineData("FROM node:22\nRUN npm install -g [|pnpm|] {|yarn|} typescript@5.6.3\n")]
    [InlineData("FROM node:22\nRUN npm i --save [|@angular/cli|]\n")]
    [InlineData("FROM node:22\nRUN npm install [|git+https://github.com/a/b.git|]\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3016NpmUnpinnedPackage>(m);
}

public class DL3028GemUnpinnedPackageTests
{
    [Theory]
    [InlineData("FROM ruby:3.3\nRUN gem install bundler:2.5.22\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install bundler -v 2.5.22\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install bundler:2.0.1 -- --use-system-libraries true\n")] // the audit's reproducer
    public void Valid(string d) => RuleTester.Valid<DL3028GemUnpinnedPackage>(d);

    [Theory]
    [InlineData("FROM ruby:3.3\nRUN gem install [|bundler|]\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install [|bundler|] {|rake|} rails:7.2.1\n")]
    [InlineData("FROM ruby:3.3\nRUN gem i --no-document [|rails|]\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install [|nokogiri|] -- --use-system-libraries\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3028GemUnpinnedPackage>(m);

    [Fact]
    public void The_message_names_every_gem() => Assert.Equal(
        "Gems 'bundler' and 'rake' are installed without a version; use 'gem:<version>' or '-v'",
        Assert.Single(RuleTester.Diagnostics<DL3028GemUnpinnedPackage>("FROM ruby:3.3\nRUN gem install bundler rake\n")).Message);
}

public class DL3060YarnCacheNotCleanedTests
{
    [Theory]
    [InlineData("FROM node:22\nRUN yarn install && yarn cache clean\n")]
    [InlineData("FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n")]
    [InlineData("FROM node:22 AS build\nRUN yarn install\nFROM nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html\n")]
    public void Valid(string d) => RuleTester.Valid<DL3060YarnCacheNotCleaned>(d);

    [Theory]
    [InlineData("FROM node:22\nRUN [|yarn install|]\n")]
    [InlineData("FROM node:22\nRUN yarn cache clean && [|yarn install|]\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3060YarnCacheNotCleaned>(m);
}

public class DL3062GoUnpinnedModuleTests
{
    [Theory]
    [InlineData("FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n")]
    [InlineData("FROM golang:1.23\nRUN go install ./cmd/...\n")]
    [InlineData("FROM golang:1.23\nRUN go run main.go arg\n")]
    // Inside a module go.mod pins the version (the audit's reproducer and its variants).
    [InlineData("FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go install golang.org/x/crypto/ssh\n")]
    [InlineData("FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go install golang.org/x/crypto/ssh\n")]
    [InlineData("FROM golang:1.23\nCOPY go.mod /src/go.mod\nWORKDIR /src/cmd\nRUN go install golang.org/x/crypto/ssh\n")]
    [InlineData("FROM golang:1.23 AS base\nWORKDIR /src\nCOPY go.* ./\nFROM base\nRUN go run golang.org/x/tools/cmd/stringer\n")]
    [InlineData("FROM golang:1.23\nWORKDIR /src\nRUN go mod init example.com/x\nRUN go install golang.org/x/crypto/ssh\n")]
    public void Valid(string d) => RuleTester.Valid<DL3062GoUnpinnedModule>(d);

    [Theory]
    [InlineData("FROM golang:1.23\nRUN go install [|golang.org/x/tools/gopls@latest|]\n")]
    [InlineData("FROM golang:1.23\nRUN go get -u [|github.com/a/b|]\n")]
    [InlineData("FROM golang:1.23\nRUN go install [|golang.org/x/crypto/ssh|]\n")]                             // no module
    [InlineData("FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nWORKDIR /tmp\nRUN go install [|golang.org/x/crypto/ssh|]\n")] // outside it
    [InlineData("FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go get [|golang.org/x/crypto/ssh|]\n")]  // go get upgrades
    [InlineData("FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go install [|golang.org/x/tools/gopls@latest|]\n")]
    [InlineData("FROM golang:1.23 AS mod\nWORKDIR /src\nCOPY go.mod ./\nFROM golang:1.23\nWORKDIR /src\nRUN go install [|golang.org/x/crypto/ssh|]\n")]
    [InlineData("FROM golang:1.23\nRUN go install [|github.com/a/b@latest|] github.com/c/d@v1.2.3 {|github.com/e/f|}\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3062GoUnpinnedModule>(m);

    [Fact]
    public void The_message_names_every_module() => Assert.Equal(
        "Modules 'github.com/a/b@latest' and 'github.com/e/f' are installed without a fixed version; use 'module@vX.Y.Z'",
        Assert.Single(RuleTester.Diagnostics<DL3062GoUnpinnedModule>("FROM golang:1.23\nRUN go install github.com/a/b@latest github.com/e/f\n")).Message);
}
