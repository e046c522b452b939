using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

public class DF3005CredentialsWrittenAndRemovedLaterTests
{
    [Theory]
    [InlineData("FROM node:22\nARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc && npm ci && rm ~/.npmrc\n")] // one RUN
    [InlineData("FROM node:22\nRUN echo 'registry=https://r.example.com/' > ~/.npmrc\nRUN rm ~/.npmrc\n")] // no credentials
    [InlineData("FROM node:22\nARG NPM_TOKEN\nRUN echo \"//r/:_authToken=${NPM_TOKEN}\" > ~/.npmrc\nRUN npm ci\n")] // never removed: not this rule
    [InlineData("FROM alpine:3.20\nRUN echo hello > /tmp/notes\nRUN rm /tmp/notes\n")]
    [InlineData("FROM alpine:3.20 AS a\nRUN echo 'machine h login u password p' > ~/.netrc\nFROM alpine:3.20\nRUN rm -f ~/.netrc\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF3005CredentialsWrittenAndRemovedLater>(dockerfile);

    [Theory]
    [InlineData("FROM node:22\nARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > [|/root/.npmrc|]\nRUN npm ci\nRUN rm /root/.npmrc\n")]
    [InlineData("FROM alpine:3.20\nARG PASS\nRUN printf 'machine h login u password %s\\n' \"$PASS\" >> [|~/.netrc|]\nRUN rm -f $HOME/.netrc\n")]
    [InlineData("FROM alpine:3.20\nARG KEY\nRUN [|aws configure set aws_secret_access_key \"$KEY\"|]\nRUN aws s3 cp s3://b/f /f\nRUN rm -rf /root/.aws\n")]
    [InlineData("FROM alpine:3.20\nARG T\nRUN [|git config --global url.\"https://${T}@github.com/\".insteadOf \"https://github.com/\"|]\nRUN go mod download\nRUN git config --global --unset url.\"https://${T}@github.com/\".insteadOf\n")]
    [InlineData("FROM alpine:3.20\nARG U\nARG P\nRUN [|docker login -u \"$U\" -p \"$P\" registry.example.com|]\nRUN docker logout registry.example.com\n")]
    [InlineData("FROM node:22\nARG T\nRUN [|npm config set //registry.npmjs.org/:_authToken \"$T\"|] \\\n && npm ci\nRUN npm config delete //registry.npmjs.org/:_authToken\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF3005CredentialsWrittenAndRemovedLater>(marked);
}
