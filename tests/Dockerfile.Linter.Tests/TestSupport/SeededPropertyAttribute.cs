using FsCheck.Xunit;

namespace Dockerfile.Linter.Tests.TestSupport;

/// <summary>
/// A property whose random cases differ on every developer run but are fixed under CI, so that the gate is
/// reproducible: a counterexample found locally becomes an explicit regression case, not a CI coin toss.
/// </summary>
public sealed class SeededPropertyAttribute : PropertyAttribute
{
    /// <summary>The seed CI replays (FsCheck's "(seed,gamma)" form).</summary>
    public const string CiReplay = "(12167556078588677257,6812959303473262949)";

    /// <summary>Sets <see cref="PropertyAttribute.Replay"/> when the CI variable is set.</summary>
    public SeededPropertyAttribute()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) Replay = CiReplay;
    }
}
