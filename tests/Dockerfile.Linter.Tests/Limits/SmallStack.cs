namespace Dockerfile.Linter.Tests.Limits;

/// <summary>
/// Runs code on a thread with a small stack, so unbounded recursion shows up at a few hundred levels instead of
/// needing huge inputs (an overflow would still kill the test host: only use it for code that bounds its recursion).
/// </summary>
internal static class SmallStack
{
    public const int Bytes = 256 * 1024;

    public static T Run<T>(Func<T> work, int stackBytes = Bytes)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        }, stackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("failed on the small-stack thread", failure);
        return result;
    }
}
