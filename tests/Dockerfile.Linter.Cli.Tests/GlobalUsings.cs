global using Dockerfile.Linter.Cli.Tests.Support;
