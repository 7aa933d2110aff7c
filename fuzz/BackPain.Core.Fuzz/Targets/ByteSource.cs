namespace BackPain.Core.Fuzz;

/// <summary>
/// Reads a fuzzer's bytes one at a time, deterministically: each value takes the next byte (0 once the bytes run out),
/// so that a small change of the input makes a small change of the decoded case.
/// </summary>
internal sealed class ByteSource(byte[] data)
{
    private int _next;

    /// <summary>The next byte, or 0 past the end.</summary>
    public int Next() => _next < data.Length ? data[_next++] : 0;

    /// <summary>A number from 0 to <paramref name="count"/> - 1.</summary>
    public int Below(int count) => Next() % count;

    /// <summary>One of <paramref name="items"/>.</summary>
    public T OneOf<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>
    /// One of the enum's values 0 to <paramref name="count"/> - 1, null (unanswered), or the undefined value
    /// <paramref name="count"/>, which the library must reject: the byte modulo <paramref name="count"/> + 2.
    /// </summary>
    public TEnum? EnumOrNull<TEnum>(int count)
        where TEnum : struct, Enum
    {
        var value = Below(count + 2);
        return value == count + 1 ? null : (TEnum)Enum.ToObject(typeof(TEnum), value);
    }
}
