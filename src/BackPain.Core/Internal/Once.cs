namespace BackPain.Core.Internal;

/// <summary>
/// Publishes a lazily built, immutable value into a field exactly once, without locks. Two threads that read the
/// field at the same time may both build the value; the first to publish wins and both return its instance. The
/// values built this way are pure functions of immutable inputs, so the loser's copy is equal and simply dropped.
/// </summary>
/// <remarks>
/// <see cref="LazyInitializer.EnsureInitialized{T}(ref T, Func{T})"/> publishes the same way but takes a factory
/// delegate, and a property whose factory reads the instance allocates that delegate on every first read: 14 of them per
/// assessment read in full (its four lists and each cause's two), 0.9 KB on top of the 1.4–1.8 KB the lists themselves
/// take (measured in issue 13, docs/benchmarks.md). This takes the value instead.
/// </remarks>
internal static class Once
{
    internal static T Publish<T>(ref T? field, T value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
