using System.Text;

namespace Dockerfile.Linter.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Cli.Run(args, CliEnvironment.FromProcess());
    }
}
