using System.CommandLine;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary>Builds the command tree: <c>dockerfile-lint [lint] …</c>, <c>parse</c>, <c>rules</c>.</summary>
internal static class CommandTree
{
    private static readonly HashSet<string> Commands = ["lint", "parse", "rules"];
    private static readonly HashSet<string> RootOptions = ["--help", "-h", "-?", "/?", "/h", "--version"];

    /// <summary>Inserts <c>lint</c> unless the arguments start with a command or a root option (help, version).</summary>
    public static string[] WithDefaultCommand(string[] args) =>
        args.Length > 0 && (Commands.Contains(args[0]) || RootOptions.Contains(args[0])) ? args : ["lint", .. args];

    public static RootCommand Build(CliEnvironment env)
    {
        var root = new RootCommand(
            "dockerfile-lint: lint Dockerfiles (hadolint rule codes, BuildKit checks, best practices). " +
            "Without a command, runs 'lint': 'dockerfile-lint [PATH…]' is 'dockerfile-lint lint [PATH…]' " +
            "(see 'dockerfile-lint lint --help').");
        var lintCommand = new Command("lint", "Lint Dockerfiles, directories or glob patterns (the default command).");
        new LintCommand(env).AddTo(lintCommand);
        root.Subcommands.Add(lintCommand);
        root.Subcommands.Add(ParseCommand.Create(env));
        root.Subcommands.Add(RulesCommand.Create(env));
        return root;
    }
}
