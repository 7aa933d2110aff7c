using System.Diagnostics.CodeAnalysis;
using BackPain.Core.Internal;
using static BackPain.Core.MuscleGroup;

namespace BackPain.Core;

/// <summary>
/// An exercise, mapped to the muscle groups it trains and to whether it loads the spine strenuously. The catalogue
/// holds common gym and sport exercises (<see cref="All"/>); <see cref="Custom(string, bool, MuscleGroup[])"/> makes
/// any other. An exercise whose primary muscles include <see cref="MuscleGroup.Core"/> is core work
/// (<see cref="IsCoreWork"/>), which a recovery plan blocks until an injury has healed.
/// </summary>
/// <remarks>
/// The mapping is the library's own, checked against the public-domain free-exercise-db data set. Both primary and
/// secondary muscles count as trained for rest-day purposes.
/// </remarks>
public sealed class Exercise : IEquatable<Exercise>
{
    internal const int MaxNameLength = 100;

    /// <summary>Back squat.</summary>
    public static readonly Exercise Squat = Known("squat", true, [Quadriceps, Glutes], [Hamstrings, LowerBack, MuscleGroup.Core]);
    /// <summary>Front squat.</summary>
    public static readonly Exercise FrontSquat = Known("frontSquat", true, [Quadriceps, Glutes], [UpperBack, MuscleGroup.Core]);
    /// <summary>Conventional deadlift.</summary>
    public static readonly Exercise Deadlift = Known("deadlift", true, [Hamstrings, Glutes, LowerBack], [Quadriceps, UpperBack, Forearms, MuscleGroup.Core]);
    /// <summary>Romanian deadlift.</summary>
    public static readonly Exercise RomanianDeadlift = Known("romanianDeadlift", true, [Hamstrings, Glutes, LowerBack], [Forearms, MuscleGroup.Core]);
    /// <summary>Good morning.</summary>
    public static readonly Exercise GoodMorning = Known("goodMorning", true, [Hamstrings, LowerBack], [Glutes]);
    /// <summary>Back extension (hyperextension).</summary>
    public static readonly Exercise BackExtension = Known("backExtension", true, [LowerBack], [Glutes, Hamstrings]);
    /// <summary>Power clean.</summary>
    public static readonly Exercise PowerClean = Known("powerClean", true, [Quadriceps, Glutes, Hamstrings, UpperBack], [LowerBack, Shoulders, Forearms, MuscleGroup.Core]);
    /// <summary>Bench press.</summary>
    public static readonly Exercise BenchPress = Known("benchPress", false, [Chest, Triceps], [Shoulders]);
    /// <summary>Incline bench press.</summary>
    public static readonly Exercise InclineBenchPress = Known("inclineBenchPress", false, [Chest, Shoulders], [Triceps]);
    /// <summary>Push-up.</summary>
    public static readonly Exercise PushUp = Known("pushUp", false, [Chest, Triceps], [Shoulders, MuscleGroup.Core]);
    /// <summary>Dips.</summary>
    public static readonly Exercise Dip = Known("dip", false, [Triceps, Chest], [Shoulders]);
    /// <summary>Standing overhead press.</summary>
    public static readonly Exercise OverheadPress = Known("overheadPress", true, [Shoulders, Triceps], [UpperBack, MuscleGroup.Core]);
    /// <summary>Lateral raise.</summary>
    public static readonly Exercise LateralRaise = Known("lateralRaise", false, [Shoulders], []);
    /// <summary>Bent-over barbell row.</summary>
    public static readonly Exercise BarbellRow = Known("barbellRow", true, [UpperBack], [Biceps, LowerBack, Forearms]);
    /// <summary>One-arm dumbbell row, supported on a bench.</summary>
    public static readonly Exercise DumbbellRow = Known("dumbbellRow", false, [UpperBack], [Biceps, Forearms]);
    /// <summary>Pull-up.</summary>
    public static readonly Exercise PullUp = Known("pullUp", false, [UpperBack, Biceps], [Forearms, Shoulders, MuscleGroup.Core]);
    /// <summary>Lat pulldown.</summary>
    public static readonly Exercise LatPulldown = Known("latPulldown", false, [UpperBack], [Biceps]);
    /// <summary>Farmer's carry.</summary>
    public static readonly Exercise FarmersCarry = Known("farmersCarry", true, [Forearms, UpperBack], [MuscleGroup.Core, Glutes]);
    /// <summary>Lunge.</summary>
    public static readonly Exercise Lunge = Known("lunge", false, [Quadriceps, Glutes], [Hamstrings, Calves]);
    /// <summary>Step-up.</summary>
    public static readonly Exercise StepUp = Known("stepUp", false, [Quadriceps, Glutes], [Hamstrings]);
    /// <summary>Leg press.</summary>
    public static readonly Exercise LegPress = Known("legPress", false, [Quadriceps, Glutes], [Hamstrings]);
    /// <summary>Leg extension.</summary>
    public static readonly Exercise LegExtension = Known("legExtension", false, [Quadriceps], []);
    /// <summary>Lying or seated leg curl.</summary>
    public static readonly Exercise LegCurl = Known("legCurl", false, [Hamstrings], []);
    /// <summary>Hip thrust.</summary>
    public static readonly Exercise HipThrust = Known("hipThrust", false, [Glutes], [Hamstrings]);
    /// <summary>Kettlebell swing.</summary>
    public static readonly Exercise KettlebellSwing = Known("kettlebellSwing", true, [Glutes, Hamstrings], [LowerBack, MuscleGroup.Core, Shoulders]);
    /// <summary>Calf raise.</summary>
    public static readonly Exercise CalfRaise = Known("calfRaise", false, [Calves], []);
    /// <summary>Biceps curl.</summary>
    public static readonly Exercise BicepsCurl = Known("bicepsCurl", false, [Biceps], [Forearms]);
    /// <summary>Triceps extension.</summary>
    public static readonly Exercise TricepsExtension = Known("tricepsExtension", false, [Triceps], []);
    /// <summary>Plank (core work).</summary>
    public static readonly Exercise Plank = Known("plank", false, [MuscleGroup.Core], [Shoulders]);
    /// <summary>Side plank (core work).</summary>
    public static readonly Exercise SidePlank = Known("sidePlank", false, [MuscleGroup.Core], [Shoulders]);
    /// <summary>Crunch (core work).</summary>
    public static readonly Exercise Crunch = Known("crunch", false, [MuscleGroup.Core], []);
    /// <summary>Sit-up (core work).</summary>
    public static readonly Exercise SitUp = Known("sitUp", false, [MuscleGroup.Core], []);
    /// <summary>Russian twist (core work).</summary>
    public static readonly Exercise RussianTwist = Known("russianTwist", false, [MuscleGroup.Core], []);
    /// <summary>Running: impact loads the spine, so it counts as strenuous.</summary>
    public static readonly Exercise Running = Known("running", true, [Quadriceps, Hamstrings, Calves], [Glutes, MuscleGroup.Core]);
    /// <summary>Cycling.</summary>
    public static readonly Exercise Cycling = Known("cycling", false, [Quadriceps], [Hamstrings, Glutes, Calves]);
    /// <summary>Rowing machine: loaded spinal flexion, so it counts as strenuous.</summary>
    public static readonly Exercise RowingMachine = Known("rowingMachine", true, [UpperBack, Quadriceps], [Hamstrings, Glutes, Biceps, LowerBack, MuscleGroup.Core]);
    /// <summary>Swimming.</summary>
    public static readonly Exercise Swimming = Known("swimming", false, [UpperBack, Shoulders], [Chest, Triceps, MuscleGroup.Core]);

    private static readonly Exercise[] Catalogue =
    [
        Squat, FrontSquat, Deadlift, RomanianDeadlift, GoodMorning, BackExtension, PowerClean, BenchPress,
        InclineBenchPress, PushUp, Dip, OverheadPress, LateralRaise, BarbellRow, DumbbellRow, PullUp, LatPulldown,
        FarmersCarry, Lunge, StepUp, LegPress, LegExtension, LegCurl, HipThrust, KettlebellSwing, CalfRaise,
        BicepsCurl, TricepsExtension, Plank, SidePlank, Crunch, SitUp, RussianTwist, Running, Cycling,
        RowingMachine, Swimming,
    ];

    private static readonly IdLookup<Exercise> Lookup = new(Catalogue, e => e.Id, "exercise");

    private Exercise(string id, string name, bool isCustom, bool isStrenuousForSpine, MuscleGroup[] primary, MuscleGroup[] secondary)
    {
        Id = id;
        Name = name;
        IsCustom = isCustom;
        IsStrenuousForSpine = isStrenuousForSpine;
        PrimaryMuscles = ValueList<MuscleGroup>.Wrap(primary);
        SecondaryMuscles = ValueList<MuscleGroup>.Wrap([.. secondary.Except(primary)]);
        IsCoreWork = primary.Contains(MuscleGroup.Core);
        foreach (var muscle in primary.Concat(secondary))
        {
            MuscleMask |= 1 << muscle.Index;
        }
    }

    /// <summary>Every exercise in the catalogue (custom ones are not listed).</summary>
    public static IReadOnlyList<Exercise> All { get; } = ValueList<Exercise>.Wrap(Catalogue);

    /// <summary>
    /// The stable machine key, as used in JSON (for example <c>romanianDeadlift</c>); for a custom exercise,
    /// <c>custom</c> (custom exercises are written to JSON in full).
    /// </summary>
    public string Id { get; }

    /// <summary>The name a person reads.</summary>
    public string Name { get; }

    /// <summary>Whether this exercise was made with <see cref="Custom(string, bool, MuscleGroup[])"/> rather than taken from the catalogue.</summary>
    public bool IsCustom { get; }

    /// <summary>Whether the exercise loads the spine strenuously (heavy axial load, loaded flexion or impact); a suspected slipped disc blocks these until a clinician clears it.</summary>
    public bool IsStrenuousForSpine { get; }

    /// <summary>The muscle groups the exercise mainly trains.</summary>
    public IReadOnlyList<MuscleGroup> PrimaryMuscles { get; }

    /// <summary>The muscle groups it also works.</summary>
    public IReadOnlyList<MuscleGroup> SecondaryMuscles { get; }

    /// <summary>Whether this is core work: its primary muscles include <see cref="MuscleGroup.Core"/>.</summary>
    public bool IsCoreWork { get; }

    /// <summary>Every muscle group the exercise trains, primary then secondary.</summary>
    public IEnumerable<MuscleGroup> Muscles => PrimaryMuscles.Concat(SecondaryMuscles);

    /// <summary>Bit <c>i</c> is set when the exercise trains the muscle group with index <c>i</c>.</summary>
    internal int MuscleMask { get; }

    /// <summary>
    /// Makes an exercise that is not in the catalogue. Unless <paramref name="isStrenuousForSpine"/> says otherwise,
    /// it counts as strenuous, the safe side for a suspected slipped disc.
    /// </summary>
    /// <param name="name">What the person calls it: 1 to 100 characters, not only white space.</param>
    /// <param name="isStrenuousForSpine">Whether it loads the spine strenuously.</param>
    /// <param name="primaryMuscles">The muscle groups it mainly trains: at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="primaryMuscles"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The name is blank or too long, or no muscle group is given; see <see cref="Custom(string, bool, IEnumerable{MuscleGroup}, IEnumerable{MuscleGroup})"/>.</exception>
    public static Exercise Custom(string name, bool isStrenuousForSpine, params MuscleGroup[] primaryMuscles)
        => Custom(name, isStrenuousForSpine, primaryMuscles, []);

    /// <summary>Makes an exercise that is not in the catalogue, with secondary muscle groups.</summary>
    /// <param name="name">What the person calls it: 1 to 100 characters, not only white space.</param>
    /// <param name="isStrenuousForSpine">Whether it loads the spine strenuously.</param>
    /// <param name="primaryMuscles">The muscle groups it mainly trains: at least one.</param>
    /// <param name="secondaryMuscles">The muscle groups it also works.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="primaryMuscles"/> or <paramref name="secondaryMuscles"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem: a blank name (<c>name</c>, <see cref="ValidationCode.Required"/>), a name over 100
    /// characters (<c>name</c>, <see cref="ValidationCode.OutOfRange"/>), no primary muscle group (<c>primaryMuscles</c>,
    /// <see cref="ValidationCode.Required"/>), a null muscle group (<c>primaryMuscles[i]</c> or <c>secondaryMuscles[i]</c>,
    /// <see cref="ValidationCode.Required"/>).
    /// </exception>
    public static Exercise Custom(string name, bool isStrenuousForSpine, IEnumerable<MuscleGroup> primaryMuscles, IEnumerable<MuscleGroup> secondaryMuscles)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(primaryMuscles);
        ArgumentNullException.ThrowIfNull(secondaryMuscles);
        MuscleGroup[] primary = [.. primaryMuscles];
        MuscleGroup[] secondary = [.. secondaryMuscles];
        var errors = new ErrorCollector();
        CheckCustom(errors, name, primary, secondary);
        errors.ThrowIfAny("customExercise");
        return new("custom", name.Trim(), isCustom: true, isStrenuousForSpine, [.. primary.Distinct()], [.. secondary.Distinct()]);
    }

    /// <summary>The checks of <see cref="Custom(string, bool, IEnumerable{MuscleGroup}, IEnumerable{MuscleGroup})"/>, with paths relative to the exercise; the JSON reader runs the same ones.</summary>
    internal static void CheckCustom(ErrorCollector errors, string name, IReadOnlyList<MuscleGroup?> primary, IReadOnlyList<MuscleGroup?> secondary)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", ValidationCode.Required, Messages.Get("validation.nameBlank"), name);
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add("name", ValidationCode.OutOfRange, Messages.Format("validation.nameLength", MaxNameLength, name.Length), name);
        }

        if (primary.Count == 0)
        {
            errors.Add("primaryMuscles", ValidationCode.Required, Messages.Get("validation.primaryMusclesRequired"));
        }

        errors.NoNulls("primaryMuscles", primary);
        errors.NoNulls("secondaryMuscles", secondary);
    }

    /// <summary>Finds the catalogue exercise with the given <see cref="Id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The id is unknown (path <c>id</c>, code <see cref="ValidationCode.UnknownId"/>); the message lists every known id.</exception>
    public static Exercise FromId(string id) => Lookup.Get(id, nameof(id));

    /// <summary>Finds the catalogue exercise with the given <see cref="Id"/>, or returns <see langword="false"/>.</summary>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out Exercise? exercise) => Lookup.TryGet(id, out exercise);

    /// <summary>Two exercises are equal when they are the same catalogue entry, or custom ones with the same name, muscles and strain.</summary>
    public bool Equals(Exercise? other)
        => ReferenceEquals(this, other)
           || (other is not null && IsCustom && other.IsCustom && Name == other.Name
               && IsStrenuousForSpine == other.IsStrenuousForSpine
               && PrimaryMuscles.Equals(other.PrimaryMuscles) && SecondaryMuscles.Equals(other.SecondaryMuscles));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Exercise);

    /// <inheritdoc />
    public override int GetHashCode() => IsCustom ? HashCode.Combine(Name, MuscleMask, IsStrenuousForSpine) : Id.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => IsCustom ? $"custom:{Name}" : Id;

    private static Exercise Known(string id, bool strenuous, MuscleGroup[] primary, MuscleGroup[] secondary)
        => new(id, Texts.Get("exercise." + id), isCustom: false, strenuous, primary, secondary);
}
