using System.CommandLine;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary>Builds the command tree: <c>dockerfile-lint [lint] …</c>, <c>parse</c>, <c>rules</c>.</summary>
internal static class CommandTree
{
    private static readonly HashSet<string> Commands = ["lint", "parse", "rules"];
    private static readonly HashSet<string> VersionOptions = ["--version", "-v"];

    /// <summary>
    /// Inserts <c>lint</c> unless the arguments start with a command or <c>--version</c>/<c>-v</c>. So
    /// <c>dockerfile-lint --help</c> is the lint command's help, which lists the lint options and the other commands.
    /// </summary>
    public static string[] WithDefaultCommand(string[] args) =>
        args.Length > 0 && (Commands.Contains(args[0]) || VersionOptions.Contains(args[0])) ? args : ["lint", .. args];

    public static RootCommand Build(CliEnvironment env)
    {
        var root = new RootCommand(
            "dockerfile-lint: lint Dockerfiles (hadolint rule codes, BuildKit checks, best practices). " +
            "Without a command, runs 'lint': 'dockerfile-lint [PATH…]' is 'dockerfile-lint lint [PATH…]' " +
            "(see 'dockerfile-lint lint --help').");
        foreach (var version in root.Options.OfType<VersionOption>()) version.Aliases.Add("-v");
        var lintCommand = new Command("lint",
            "Lint Dockerfiles, directories or glob patterns. This is the default command: 'dockerfile-lint [PATH…]' is " +
            "'dockerfile-lint lint [PATH…]'. Other commands: 'dockerfile-lint parse PATH…' prints syntax trees, " +
            "'dockerfile-lint rules [RULE]' lists the rules or shows one rule's documentation ('dockerfile-lint COMMAND --help' " +
            "for their options); 'dockerfile-lint --version' (-v) prints the version.");
        new LintCommand(env).AddTo(lintCommand);
        root.Subcommands.Add(lintCommand);
        root.Subcommands.Add(ParseCommand.Create(env));
        root.Subcommands.Add(RulesCommand.Create(env));
        return root;
    }
}
