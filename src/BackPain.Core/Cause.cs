using System.Diagnostics.CodeAnalysis;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// A likely cause of back pain after working out (domain model section 1). The assessment ranks every cause in
/// <see cref="All"/> by the evidence in a report; it never claims certainty.
/// </summary>
public sealed class Cause : ICatalogueEntry<Cause>
{
    /// <summary>
    /// Delayed-onset muscle soreness: a dull ache that starts hours after a hard or unaccustomed workout, peaks at
    /// 24–72 hours and is gone in one to three days, seven at most. A normal response to training, not an injury.
    /// </summary>
    public static readonly Cause Doms = new(
        "doms", 0, isInjury: false, needsClinician: false,
        new HealingEstimate(Days.Of(1), Days.Of(3), Days.Of(7), requiresClinicianClearance: false, Source.Consensus),
        Source.Article);

    /// <summary>
    /// Poor core strength: posture breaks down when lifting or running, so the back takes the load. Not an injury
    /// but a weakness to train, so it has no healing estimate: core work starts now unless an injury is also present.
    /// </summary>
    public static readonly Cause PoorCoreStrength = new(
        "poorCoreStrength", 1, isInjury: false, needsClinician: false, healingEstimate: null, Source.Article);

    /// <summary>
    /// A pulled muscle (strain): sharp pain during the workout that persists, often in squats or deadlifts. Heals in
    /// one to three weeks when mild, up to six.
    /// </summary>
    public static readonly Cause PulledMuscle = new(
        "pulledMuscle", 2, isInjury: true, needsClinician: false,
        new HealingEstimate(Days.Of(7), Days.Of(21), Days.Of(42), requiresClinicianClearance: false, Source.Consensus),
        Source.Article);

    /// <summary>
    /// A slipped (herniated) disc: serious pain, sometimes hard to stand up, often after a heavy squat or deadlift
    /// pulled in a sudden jerk; pain or numbness may run down a leg. Six to twelve weeks of conservative care; needs a
    /// clinician, whose clearance is required before strenuous exercise.
    /// </summary>
    public static readonly Cause SlippedDisc = new(
        "slippedDisc", 3, isInjury: true, needsClinician: true,
        new HealingEstimate(Days.Of(42), Days.Of(63), Days.Of(84), requiresClinicianClearance: true, Source.NiceNG59),
        Source.Article);

    /// <summary>
    /// A torn ligament (the back has 14): a pop at the moment of injury, or severe pain shooting through the back.
    /// The source article says it needs surgery to heal fully, so it counts as healed only when a clinician clears
    /// it; the six-week minimum is a library default.
    /// </summary>
    public static readonly Cause LigamentTear = new(
        "ligamentTear", 4, isInjury: true, needsClinician: true,
        new HealingEstimate(Days.Of(42), Days.Of(84), Days.Of(365), requiresClinicianClearance: true, Source.LibraryDefault),
        Source.Article);

    private static readonly Cause[] Catalogue = [Doms, PoorCoreStrength, PulledMuscle, SlippedDisc, LigamentTear];

    private static readonly IdLookup<Cause> Lookup = new(Catalogue, c => c.Id, "cause");

    /// <summary>The injuries (<see cref="IsInjury"/>), most serious first: the order the rules name them in.</summary>
    internal static readonly Cause[] InjuriesMostSeriousFirst = [.. Catalogue.Where(c => c.IsInjury).Reverse()];

    /// <summary>The causes whose suspicion alone means seeing a clinician (<see cref="NeedsClinician"/>), in catalogue order.</summary>
    internal static readonly Cause[] NeedingClinician = [.. Catalogue.Where(c => c.NeedsClinician)];

    private Cause(string id, int index, bool isInjury, bool needsClinician, HealingEstimate? healingEstimate, Source source)
    {
        Id = id;
        Index = index;
        IsInjury = isInjury;
        NeedsClinician = needsClinician;
        HealingEstimate = healingEstimate;
        Source = source;
        Name = Texts.Get("cause." + id);
        Description = Texts.Get("cause." + id + ".description");
    }

    /// <summary>Every cause, least serious first.</summary>
    public static IReadOnlyList<Cause> All { get; } = ValueList<Cause>.Wrap(Catalogue);

    /// <summary>The stable machine key, as used in JSON (for example <c>pulledMuscle</c>).</summary>
    public string Id { get; }

    /// <summary>The name a person reads.</summary>
    public string Name { get; }

    /// <summary>One or two sentences a person reads about the cause.</summary>
    public string Description { get; }

    /// <summary>Whether the cause is an injury, which blocks core work until it has healed.</summary>
    public bool IsInjury { get; }

    /// <summary>Whether a suspicion of this cause alone is reason to see a clinician.</summary>
    public bool NeedsClinician { get; }

    /// <summary>How long it usually takes to heal, or <see langword="null"/> when it is not something that heals (poor core strength).</summary>
    public HealingEstimate? HealingEstimate { get; }

    /// <summary>Where the description of the cause comes from.</summary>
    public Source Source { get; }

    /// <summary>Position in <see cref="All"/>; also the order of seriousness used to break ties (higher is more serious).</summary>
    internal int Index { get; }

    /// <summary>Finds the cause with the given <see cref="Id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The id is unknown (path <c>id</c>, code <see cref="ValidationCode.UnknownId"/>); the message lists every known id.</exception>
    public static Cause FromId(string id) => Lookup.Get(id, nameof(id));

    /// <summary>Finds the cause with the given <see cref="Id"/>, or returns <see langword="false"/>.</summary>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out Cause? cause) => Lookup.TryGet(id, out cause);

    static string ICatalogueEntry<Cause>.CatalogueName => "cause";

    /// <inheritdoc />
    public override string ToString() => Id;
}
