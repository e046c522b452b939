namespace Dockerfile.Linter.Cli.Tests.Support;

/// <summary>A fact skipped when running as root (or on Windows), where permission bits do not make files unreadable.</summary>
public sealed class UnlessRootFactAttribute : FactAttribute
{
    public UnlessRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs Unix permission bits";
        else if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
            Skip = "running as root: permission bits do not make files unreadable";
    }
}
