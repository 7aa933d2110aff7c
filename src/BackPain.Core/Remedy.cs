using System.Diagnostics.CodeAnalysis;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// Something a person can do about back pain after working out, with its default dose and cautions (domain model
/// section 3). The assessment picks the remedies that fit a report and says why each applies.
/// </summary>
public sealed class Remedy : ICatalogueEntry<Remedy>
{
    /// <summary>
    /// Ice for inflammation (DOMS, a pulled muscle, a torn ligament): 2–3 times a day, 15–20 minutes each. At least
    /// 15 minutes (source article); at most 20, wrapped in a cloth, never on bare skin (consensus).
    /// </summary>
    public static readonly Remedy Ice = new("ice", Dose.PerDay(2, 3, 15, 20, Source.Consensus), Source.Article, cautions: 1);

    /// <summary>Heat for tight muscles: 2–3 times a day, about 15 minutes each; not in the first 48 hours after an acute injury.</summary>
    public static readonly Remedy Heat = new("heat", Dose.PerDay(2, 3, 15, 15, Source.Article), Source.Article, cautions: 1);

    /// <summary>An acute injury that is also tight: ice for the first 48 hours, heat after that.</summary>
    public static readonly Remedy IceThenHeat = new("iceThenHeat", Dose.PerDay(2, 3, 15, 20, Source.Consensus), Source.Consensus, cautions: 1);

    /// <summary>
    /// Pain medicine eases pain; it does not heal. Minor pain: an over-the-counter anti-inflammatory such as ibuprofen
    /// at the lowest dose for the shortest time (NICE NG59); severe pain: see a doctor. Follow the label.
    /// </summary>
    public static readonly Remedy PainMedicine = new("painMedicine", Dose.FollowTheLabel(Source.NiceNG59), Source.Article, cautions: 3);

    /// <summary>Stretch the whole body, not only the back, once a day, to keep the muscles loose.</summary>
    public static readonly Remedy Stretching = new("stretching", Dose.PerDay(1, 1, Source.Article), Source.Article, cautions: 1);

    /// <summary>Rest the affected muscle groups from training (by muscle size) but stay gently active: walking and daily tasks help; bed rest does not.</summary>
    public static readonly Remedy Rest = new("rest", Dose.NotApplicable(Source.NiceNG59), Source.Article, cautions: 1);

    /// <summary>Strengthen the core with planks, crunches and sit-ups, three times a week; only once any current injury has healed.</summary>
    public static readonly Remedy StrengthenCore = new("strengthenCore", Dose.PerWeek(3, 3, Source.LibraryDefault), Source.Article, cautions: 1);

    /// <summary>See a clinician, as soon as the triage level says.</summary>
    public static readonly Remedy SeeClinician = new("seeClinician", Dose.NotApplicable(Source.NiceCksRedFlags), Source.NiceCksRedFlags, cautions: 0);

    private static readonly Remedy[] Catalogue = [Ice, Heat, IceThenHeat, PainMedicine, Stretching, Rest, StrengthenCore, SeeClinician];

    private static readonly IdLookup<Remedy> Lookup = new(Catalogue, r => r.Id, "remedy");

    private Remedy(string id, Dose dose, Source source, int cautions)
    {
        Id = id;
        Dose = dose;
        Source = source;
        Name = Texts.Get("remedy." + id);
        WhenToUse = Texts.Get("remedy." + id + ".when");
        Cautions = ValueList<string>.Wrap([.. Enumerable.Range(1, cautions).Select(i => Texts.Get($"remedy.{id}.caution{i}"))]);
    }

    /// <summary>Every remedy.</summary>
    public static IReadOnlyList<Remedy> All { get; } = ValueList<Remedy>.Wrap(Catalogue);

    /// <summary>The stable machine key, as used in JSON (for example <c>iceThenHeat</c>).</summary>
    public string Id { get; }

    /// <summary>The name a person reads.</summary>
    public string Name { get; }

    /// <summary>When the remedy applies, in plain words.</summary>
    public string WhenToUse { get; }

    /// <summary>The default dose.</summary>
    public Dose Dose { get; }

    /// <summary>What to watch out for, each a sentence a person reads.</summary>
    public IReadOnlyList<string> Cautions { get; }

    /// <summary>Where the remedy comes from.</summary>
    public Source Source { get; }

    /// <summary>Finds the remedy with the given <see cref="Id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The id is unknown (path <c>id</c>, code <see cref="ValidationCode.UnknownId"/>); the message lists every known id.</exception>
    public static Remedy FromId(string id) => Lookup.Get(id, nameof(id));

    /// <summary>Finds the remedy with the given <see cref="Id"/>, or returns <see langword="false"/>.</summary>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out Remedy? remedy) => Lookup.TryGet(id, out remedy);

    static string ICatalogueEntry<Remedy>.CatalogueName => "remedy";

    /// <inheritdoc />
    public override string ToString() => Id;
}
