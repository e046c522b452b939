namespace Dockerfile.Linter.Context;

/// <summary>Families of directory trees that rarely belong in an image build's context.</summary>
public enum NotableKind
{
    /// <summary>A <c>.git</c> directory.</summary>
    GitDirectory,
    /// <summary>A <c>node_modules</c> directory.</summary>
    NodeModules,
    /// <summary>Build output: <c>bin</c>/<c>obj</c>, <c>target</c>, <c>dist</c>, <c>build</c>.</summary>
    BuildOutput,
}

/// <summary>A large or irrelevant tree that would be sent with the context (the top-most one; nested ones are inside it).</summary>
/// <param name="Path">Context-relative directory path.</param>
/// <param name="Kind">What kind of tree it is.</param>
/// <param name="FileCount">Files (and links) sent from below it.</param>
/// <param name="TotalBytes">Their total size.</param>
public sealed record NotableEntry(string Path, NotableKind Kind, int FileCount, long TotalBytes);

/// <summary>A file that looks like it holds a credential and would be sent with the context.</summary>
/// <param name="Path">Context-relative file path.</param>
/// <param name="Description">What it appears to be (<c>SSH private key</c>, <c>environment file</c>, …).</param>
public sealed record SecretFile(string Path, string Description);
