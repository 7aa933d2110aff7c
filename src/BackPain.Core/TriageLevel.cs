using System.Diagnostics.CodeAnalysis;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// How urgently a person should see a clinician, lowest to highest: <see cref="SelfCare"/>, <see cref="SeeDoctor"/>,
/// <see cref="SeeDoctorUrgently"/>, <see cref="Emergency"/>. Levels compare by urgency, so
/// <c>TriageLevel.Emergency &gt; TriageLevel.SeeDoctor</c>.
/// </summary>
public sealed class TriageLevel : IComparable<TriageLevel>, ICatalogueEntry<TriageLevel>
{
    /// <summary>Look after it at home with the advised remedies; reassess at the check-ins.</summary>
    public static readonly TriageLevel SelfCare = new("selfCare", 0);

    /// <summary>Book an appointment with a doctor or physiotherapist.</summary>
    public static readonly TriageLevel SeeDoctor = new("seeDoctor", 1);

    /// <summary>See a doctor today; stop all training until a clinician has cleared it.</summary>
    public static readonly TriageLevel SeeDoctorUrgently = new("seeDoctorUrgently", 2);

    /// <summary>Get emergency care now (for example call the emergency number or go to an emergency department).</summary>
    public static readonly TriageLevel Emergency = new("emergency", 3);

    private static readonly IdLookup<TriageLevel> Lookup = new([SelfCare, SeeDoctor, SeeDoctorUrgently, Emergency], t => t.Id, "triageLevel");

    private TriageLevel(string id, int rank)
    {
        Id = id;
        Rank = rank;
        Text = Texts.Get("triageLevel." + id);
    }

    /// <summary>Every level, lowest to highest.</summary>
    public static IReadOnlyList<TriageLevel> All { get; } = ValueList<TriageLevel>.Wrap([SelfCare, SeeDoctor, SeeDoctorUrgently, Emergency]);

    /// <summary>The stable machine key, as used in JSON (for example <c>seeDoctorUrgently</c>).</summary>
    public string Id { get; }

    /// <summary>0 for <see cref="SelfCare"/> up to 3 for <see cref="Emergency"/>.</summary>
    public int Rank { get; }

    /// <summary>What the level asks the person to do, in plain words.</summary>
    public string Text { get; }

    /// <summary>Whether this level suspends all training until a clinician clears it (<see cref="SeeDoctorUrgently"/> and above).</summary>
    public bool SuspendsTraining => Rank >= SeeDoctorUrgently.Rank;

    /// <summary>Finds the level with the given <see cref="Id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The id is unknown (path <c>id</c>, code <see cref="ValidationCode.UnknownId"/>); the message lists every known id.</exception>
    public static TriageLevel FromId(string id) => Lookup.Get(id, nameof(id));

    /// <summary>Finds the level with the given <see cref="Id"/>, or returns <see langword="false"/>.</summary>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out TriageLevel? level) => Lookup.TryGet(id, out level);

    /// <summary>The more urgent of two levels.</summary>
    public static TriageLevel Max(TriageLevel left, TriageLevel right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.Rank >= right.Rank ? left : right;
    }

    /// <inheritdoc />
    public int CompareTo(TriageLevel? other) => other is null ? 1 : Rank.CompareTo(other.Rank);

    /// <summary>Whether <paramref name="left"/> is less urgent than <paramref name="right"/>.</summary>
    public static bool operator <(TriageLevel left, TriageLevel right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is more urgent than <paramref name="right"/>.</summary>
    public static bool operator >(TriageLevel left, TriageLevel right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most as urgent as <paramref name="right"/>.</summary>
    public static bool operator <=(TriageLevel left, TriageLevel right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least as urgent as <paramref name="right"/>.</summary>
    public static bool operator >=(TriageLevel left, TriageLevel right) => Compare(left, right) >= 0;

    /// <summary>Levels are singletons: equal only to themselves.</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => Rank;

    /// <summary>Whether two levels are the same.</summary>
    public static bool operator ==(TriageLevel? left, TriageLevel? right) => ReferenceEquals(left, right);

    /// <summary>Whether two levels differ.</summary>
    public static bool operator !=(TriageLevel? left, TriageLevel? right) => !ReferenceEquals(left, right);

    static string ICatalogueEntry<TriageLevel>.CatalogueName => "triageLevel";

    /// <inheritdoc />
    public override string ToString() => Id;

    private static int Compare(TriageLevel? left, TriageLevel? right)
        => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
