using System.CommandLine;
using Dockerfile.Linter.Cli.Commands;

namespace Dockerfile.Linter.Cli;

/// <summary>The entry point shared by <c>Main</c> and the tests: parse, report usage errors, run, never leak a stack trace.</summary>
internal static class Cli
{
    public static int Run(string[] args, CliEnvironment env)
    {
        env = env.WithError(new Output.SafeLineWriter(env.Error, flushFirst: env.Out));
        try
        {
            var root = CommandTree.Build(env);
            var result = root.Parse(CommandTree.WithDefaultCommand(args));
            if (result.Errors.Count > 0)
            {
                string help = HelpCommandFor(result.CommandResult.Command.Name);
                foreach (var error in result.Errors)
                    env.Error.WriteLine($"dockerfile-lint: {OneLine(error.Message)} (run '{help}' for usage)");
                return ExitCodes.UsageOrIoError;
            }
            return result.Invoke(new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            env.Error.WriteLine($"dockerfile-lint: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e)
        {
            env.Error.WriteLine($"dockerfile-lint: internal error: {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitCodes.UsageOrIoError;
        }
        finally
        {
            env.Out.Flush();
            env.Error.Flush();
        }
    }

    /// <summary>The help that lists the options of <paramref name="command"/> (<c>dockerfile-lint --help</c> is lint's).</summary>
    internal static string HelpCommandFor(string command) =>
        command is "parse" or "rules" ? $"dockerfile-lint {command} --help" : "dockerfile-lint --help";

    private static string OneLine(string text) =>
        string.Join(' ', text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
