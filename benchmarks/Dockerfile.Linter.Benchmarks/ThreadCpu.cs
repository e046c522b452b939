using System.Runtime.InteropServices;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>; process CPU time elsewhere).</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>The thread's CPU time so far, in seconds.</summary>
    public static double Seconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
            return time.Seconds + time.Nanoseconds / 1e9;
        return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="rounds"/> times; the least thread CPU time of one round and the bytes it allocated.</summary>
    public static (double Seconds, long Allocated) Measure(Action action, int rounds)
    {
        double best = double.MaxValue;
        long allocated = 0;
        for (int i = 0; i < rounds; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            double start = Seconds();
            action();
            double elapsed = Seconds() - start;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, elapsed);
        }
        return (best, allocated);
    }
}
