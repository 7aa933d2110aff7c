namespace BackPain.Core.Internal;

/// <summary>
/// Publishes a lazily built, immutable value into a field exactly once, without locks. Two threads that read the
/// field at the same time may both build the value; the first to publish wins and both return its instance. The
/// values built this way are pure functions of immutable inputs, so the loser's copy is equal and simply dropped.
/// </summary>
internal static class Once
{
    internal static T Publish<T>(ref T? field, T value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
