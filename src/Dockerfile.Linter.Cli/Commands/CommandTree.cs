using System.CommandLine;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary>Builds the command tree: <c>dockerfile-lint [lint] …</c>, <c>parse</c>, <c>rules</c>.</summary>
internal static class CommandTree
{
    public static RootCommand Build(CliEnvironment env)
    {
        var root = new RootCommand(
            "dockerfile-lint: lint Dockerfiles (hadolint rule codes, BuildKit checks, best practices). " +
            "Without a command, runs 'lint'.");
        var lint = new LintCommand(env);
        lint.AddTo(root);
        var lintCommand = new Command("lint", "Lint Dockerfiles (the default command).");
        lint.AddTo(lintCommand);
        root.Subcommands.Add(lintCommand);
        root.Subcommands.Add(ParseCommand.Create(env));
        root.Subcommands.Add(RulesCommand.Create(env));
        return root;
    }
}
