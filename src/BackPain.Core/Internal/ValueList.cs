using System.Collections;

namespace BackPain.Core.Internal;

/// <summary>
/// An immutable list with value equality, used behind every <see cref="IReadOnlyList{T}"/> the public types expose,
/// so that records holding lists compare by content (and survive a JSON round trip equal).
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    internal static readonly ValueList<T> Empty = new([]);

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>Wraps an array the caller promises never to change again (no copy).</summary>
    internal static ValueList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new(items);

    /// <summary>Copies a sequence; returns the same instance when it already is a value list.</summary>
    internal static ValueList<T> From(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        _ => Wrap([.. items]),
    };

    public T this[int index] => _items[index];

    public int Count => _items.Length;

    internal ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>An allocation-free enumerator for <c>foreach</c> over a <see cref="ValueList{T}"/>.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
        => other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
