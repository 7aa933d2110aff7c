using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// A clock that reads the CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, in nanoseconds), so
/// time the benchmark thread spends descheduled while other processes use the cores does not count. On a busy shared
/// machine it shows what a call costs rather than how long it waited; it still counts the cache misses that sharing
/// a core causes. Used only by the <c>--cpu-time</c> job, which runs in process so the benchmark thread reads it.
/// </summary>
internal sealed class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The clock.</summary>
    public static ThreadCpuClock Instance { get; } = new();

    /// <inheritdoc />
    public string Title => "Thread CPU time";

    /// <inheritdoc />
    public bool IsAvailable => OperatingSystem.IsLinux();

    /// <inheritdoc />
    public Frequency Frequency { get; } = new(1_000_000_000);

    /// <inheritdoc />
    public long GetTimestamp()
    {
        if (NativeMethods.ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int ClockGetTime(int clockId, out TimeSpec time);
    }
}
