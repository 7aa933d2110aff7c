using System.Collections;
using System.Numerics;

namespace BackPain.Core;

/// <summary>
/// An immutable set of <see cref="Symptom"/>s, stored as one 64-bit mask: cheap to copy, to compare and to test.
/// Enumerates in the order of <see cref="Symptom.All"/>.
/// </summary>
public readonly struct SymptomSet : IReadOnlyCollection<Symptom>, IEquatable<SymptomSet>
{
    private readonly ulong _bits;

    private SymptomSet(ulong bits) => _bits = bits;

    /// <summary>The set with no symptoms.</summary>
    public static SymptomSet Empty => default;

    /// <summary>How many symptoms the set holds.</summary>
    public int Count => BitOperations.PopCount(_bits);

    /// <summary>Whether the set holds no symptom.</summary>
    public bool IsEmpty => _bits == 0;

    internal ulong Bits => _bits;

    /// <summary>Creates a set of the given symptoms (duplicates are ignored).</summary>
    public static SymptomSet Of(params ReadOnlySpan<Symptom> symptoms)
    {
        var set = Empty;
        foreach (var symptom in symptoms)
        {
            set = set.Add(symptom);
        }

        return set;
    }

    /// <summary>Whether the set holds <paramref name="symptom"/>.</summary>
    public bool Contains(Symptom symptom)
    {
        ArgumentNullException.ThrowIfNull(symptom);
        return (_bits & Bit(symptom)) != 0;
    }

    /// <summary>A set that also holds <paramref name="symptom"/>.</summary>
    public SymptomSet Add(Symptom symptom)
    {
        ArgumentNullException.ThrowIfNull(symptom);
        return new(_bits | Bit(symptom));
    }

    /// <summary>A set that no longer holds <paramref name="symptom"/>.</summary>
    public SymptomSet Remove(Symptom symptom)
    {
        ArgumentNullException.ThrowIfNull(symptom);
        return new(_bits & ~Bit(symptom));
    }

    /// <summary>The symptoms in both sets together.</summary>
    public SymptomSet Union(SymptomSet other) => new(_bits | other._bits);

    /// <summary>Enumerates the symptoms in the order of <see cref="Symptom.All"/>.</summary>
    public IEnumerator<Symptom> GetEnumerator()
    {
        var bits = _bits;
        while (bits != 0)
        {
            var index = BitOperations.TrailingZeroCount(bits);
            yield return Symptom.FromIndex(index);
            bits &= bits - 1;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(SymptomSet other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SymptomSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits.GetHashCode();

    /// <summary>Whether two sets hold the same symptoms.</summary>
    public static bool operator ==(SymptomSet left, SymptomSet right) => left.Equals(right);

    /// <summary>Whether two sets hold different symptoms.</summary>
    public static bool operator !=(SymptomSet left, SymptomSet right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", this) + "}";

    internal bool Has(Symptom symptom) => (_bits & Bit(symptom)) != 0;

    internal SymptomSet With(Symptom symptom, bool present) => present ? new(_bits | Bit(symptom)) : this;

    private static ulong Bit(Symptom symptom) => 1UL << symptom.Index;
}
