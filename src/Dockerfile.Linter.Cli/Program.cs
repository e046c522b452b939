namespace Dockerfile.Linter.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("dockerfile-lint: not implemented yet");
        return 2;
    }
}
