using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

public class DF3006SecretFileInImageTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY id_ed25519.pub /root/.ssh/authorized_keys\n")]
    [InlineData("FROM alpine:3.20\nCOPY .env.example /app/.env.example\n")]
    [InlineData("FROM alpine:3.20\nCOPY meta.env /etc/app/\n")]
    [InlineData("FROM alpine:3.20\nCOPY .npmrc /app/\nRUN npm ci && rm /app/.npmrc\n")] // DF3004's case
    [InlineData("FROM node:22 AS build\nCOPY .npmrc ./\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /app/dist /app\n")] // builder only
    [InlineData("FROM alpine:3.20\nCOPY cert.pem /etc/ssl/certs/\n")]
    [InlineData("FROM alpine:3.20\nADD https://example.com/server.key /tmp/\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF3006SecretFileInImage>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY [|id_ed25519|] /root/.ssh/id_ed25519\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR /app\nCOPY [|.env|] package.json ./\n")]
    [InlineData("FROM nginx:1.27\nCOPY [|certs/server.key|] certs/server.crt /etc/nginx/ssl/\n")]
    [InlineData("FROM alpine:3.20\nCOPY [|docker-auth.json|] /root/.docker/config.json\n")]
    [InlineData("FROM alpine:3.20 AS base\nCOPY [|.netrc|] /root/\nFROM base\nRUN true\n")] // inherited by the final stage
    public void Invalid(string marked) => RuleTester.Invalid<DF3006SecretFileInImage>(marked);
}
