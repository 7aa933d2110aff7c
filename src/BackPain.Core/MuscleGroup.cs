using System.Diagnostics.CodeAnalysis;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// A muscle group that a workout trains and a recovery plan rests. The catalogue is fixed (domain model section 5):
/// six large groups (lower back, upper back, chest, glutes, quadriceps, hamstrings) and six small ones (biceps,
/// triceps, forearms, shoulders, calves, core).
/// </summary>
public sealed class MuscleGroup : ICatalogueEntry<MuscleGroup>
{
    /// <summary>The lower back: the erector spinae along the spine. Large.</summary>
    public static readonly MuscleGroup LowerBack = new("lowerBack", 0, MuscleSize.Large);

    /// <summary>The upper back: lats and traps. Large.</summary>
    public static readonly MuscleGroup UpperBack = new("upperBack", 1, MuscleSize.Large);

    /// <summary>The chest (pectorals). Large.</summary>
    public static readonly MuscleGroup Chest = new("chest", 2, MuscleSize.Large);

    /// <summary>The glutes. Large.</summary>
    public static readonly MuscleGroup Glutes = new("glutes", 3, MuscleSize.Large);

    /// <summary>The quadriceps (front of the thigh). Large.</summary>
    public static readonly MuscleGroup Quadriceps = new("quadriceps", 4, MuscleSize.Large);

    /// <summary>The hamstrings (back of the thigh). Large.</summary>
    public static readonly MuscleGroup Hamstrings = new("hamstrings", 5, MuscleSize.Large);

    /// <summary>The biceps. Small.</summary>
    public static readonly MuscleGroup Biceps = new("biceps", 6, MuscleSize.Small);

    /// <summary>The triceps. Small.</summary>
    public static readonly MuscleGroup Triceps = new("triceps", 7, MuscleSize.Small);

    /// <summary>The forearms. Small.</summary>
    public static readonly MuscleGroup Forearms = new("forearms", 8, MuscleSize.Small);

    /// <summary>The shoulders (deltoids). Small.</summary>
    public static readonly MuscleGroup Shoulders = new("shoulders", 9, MuscleSize.Small);

    /// <summary>The calves. Small.</summary>
    public static readonly MuscleGroup Calves = new("calves", 10, MuscleSize.Small);

    /// <summary>The core: abdominals and obliques. Small; training it is "core work", which an unhealed injury blocks.</summary>
    public static readonly MuscleGroup Core = new("core", 11, MuscleSize.Small);

    private static readonly MuscleGroup[] Catalogue =
        [LowerBack, UpperBack, Chest, Glutes, Quadriceps, Hamstrings, Biceps, Triceps, Forearms, Shoulders, Calves, Core];

    private static readonly IdLookup<MuscleGroup> Lookup = new(Catalogue, m => m.Id, "muscleGroup");

    private MuscleGroup(string id, int index, MuscleSize size)
    {
        Id = id;
        Index = index;
        Size = size;
        Name = Texts.Get("muscle." + id);
    }

    /// <summary>Every muscle group, large ones first.</summary>
    public static IReadOnlyList<MuscleGroup> All { get; } = ValueList<MuscleGroup>.Wrap(Catalogue);

    /// <summary>The stable machine key, as used in JSON (for example <c>lowerBack</c>).</summary>
    public string Id { get; }

    /// <summary>The name a person reads.</summary>
    public string Name { get; }

    /// <summary>Whether the group is small or large, which sets its rest after training.</summary>
    public MuscleSize Size { get; }

    /// <summary>Whether training this group counts as core work (only <see cref="Core"/>).</summary>
    public bool IsCore => ReferenceEquals(this, Core);

    /// <summary>Position in <see cref="All"/>, used for per-muscle arrays.</summary>
    internal int Index { get; }

    /// <summary>Finds the muscle group with the given <see cref="Id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The id is unknown (path <c>id</c>, code <see cref="ValidationCode.UnknownId"/>); the message lists every known id.</exception>
    public static MuscleGroup FromId(string id) => Lookup.Get(id, nameof(id));

    /// <summary>Finds the muscle group with the given <see cref="Id"/>, or returns <see langword="false"/>.</summary>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out MuscleGroup? muscle) => Lookup.TryGet(id, out muscle);

    internal static MuscleGroup FromIndex(int index) => Catalogue[index];

    static string ICatalogueEntry<MuscleGroup>.CatalogueName => "muscleGroup";

    /// <inheritdoc />
    public override string ToString() => Id;
}
