namespace Dockerfile.Linter.Cli.Fixing;

/// <summary>What the lint command does with the fixes rules offer.</summary>
internal enum FixMode
{
    /// <summary>Only report them.</summary>
    Off,
    /// <summary><c>--fix</c>: apply them to the files (stdin: print the fixed text).</summary>
    Apply,
    /// <summary><c>--diff</c>: print a unified diff of what fixing would change; write nothing.</summary>
    Diff,
}

/// <summary>The fix options of one run.</summary>
/// <param name="Mode">Report, apply or diff.</param>
/// <param name="IncludeUnsafe"><c>--unsafe-fixes</c>: also the fixes that may change the built image.</param>
internal sealed record FixSettings(FixMode Mode, bool IncludeUnsafe);
