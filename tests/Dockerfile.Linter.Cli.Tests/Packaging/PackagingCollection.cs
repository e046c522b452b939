namespace Dockerfile.Linter.Cli.Tests.Packaging;

/// <summary>The packaging tests each run `dotnet pack`: one at a time, so that they do not compete for the machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection
{
    public const string Name = "Packaging";
}
