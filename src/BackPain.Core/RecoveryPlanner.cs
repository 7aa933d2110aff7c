using System.Globalization;
using BackPain.Core.Internal;

using BackPain.Core.Planning;
using BackPain.Core.Rules;

namespace BackPain.Core;

/// <summary>
/// Turns an <see cref="Assessment"/> and the person's <see cref="TrainingHistory"/> into a day-by-day
/// <see cref="RecoveryPlan"/>: rest by muscle size, the assessment's restrictions as blocked days, ice and heat
/// sessions, stretching, core work once allowed, and check-ins.
/// </summary>
/// <remarks>
/// The planner is immutable and thread-safe, and reads no clock: the caller gives the start date. It reads the history
/// once, walks the check-ins once in date order, and turns every rule into a block with a date range, so a plan costs
/// time linear in its length, the history's size and the number of check-ins. Each day is computed only from the
/// check-ins dated on or before it, so a check-in never changes the days before it. Decisions the domain model leaves open, and how this library settles them:
/// <list type="bullet">
/// <item>Day 1 is the start date; check-ins fall on day 2, day 7, then every <see cref="PlannerOptions.CheckInInterval"/> days.</item>
/// <item>A muscle trained on day D is blocked on D itself and until its rest is over (from D+1+rest it may be trained again);
/// for a core session the plan itself schedules on D, D is the session's day and only the rest after it is blocked.</item>
/// <item>Both the primary and secondary muscles of an exercise count as trained.</item>
/// <item>The report's own workout is a session on the start date of every muscle its exercises work, hard when the report
/// says the workout was hard or unaccustomed; when the history already holds a workout on or before the start with all
/// of the report's exercises, the latest such workout is that session instead (hard if either says so).</item>
/// <item>Core sessions are planned, when poor core strength or an injury is possible, on days core work is allowed, at most
/// three in each plan week (days 1–7, 8–14, …: the dose of <see cref="Remedy.StrengthenCore"/>); each is training, so the
/// core rests after it like after any session.</item>
/// <item>DOMS rests the sore muscles from their last session, or from the date DOMS became possible when none shows one.</item>
/// <item>Each check-in is a re-assessment with the assessor's own rules: its pain, trend, how long the pain has lasted (the
/// report's duration plus the days since the start, while there is pain) and every new finding so far, with the report's
/// other answers. A cause that becomes possible applies its restrictions from the check-in's date.</item>
/// <item>An injury counts as healed from a check-in with a full clearance in its current episode (a clinician outranks the
/// estimate), or, when it needs no clinician, from a check-in with pain 0 on or after the episode's start plus its
/// minimum healing time. Pain above the pain at healing, or pain getting worse, later opens a new episode from that date.</item>
/// <item>A full clearance lifts everything that waits for a clinician and the soreness wait of DOMS (rest by size stays); a
/// light-activity clearance lifts "no exercise at all" and a suspension, and holds strenuous and core work until a full
/// clearance. A clearance lifts a suspension only when it comes at a later check-in than the one that raised it.</item>
/// <item>Triage in force: the assessment's level, raised by each check-in's own findings; a clearance resets it to what the
/// clearing check-in reports. An urgent level suspends all training until a clearance.</item>
/// <item>Ice and heat stop from the first pain-free check-in; stretching is not planned while exercise is blocked, strenuous exercise is blocked, or training is suspended.</item>
/// </list>
/// See <c>docs/domain.md</c> in the repository for the full rules and their sources.
/// </remarks>
public sealed class RecoveryPlanner
{
    private readonly PlannerOptions _options;

    /// <summary>Creates a planner with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The options are invalid; the exception lists every problem.</exception>
    public RecoveryPlanner(PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate().ThrowIfInvalid(Messages.Document("plannerOptions"));
        _options = options;
    }

    /// <summary>The planner with the default options; ready to use, shared, thread-safe.</summary>
    public static RecoveryPlanner Default { get; } = new(PlannerOptions.Default);

    /// <summary>The options this planner was built with.</summary>
    public PlannerOptions Options => _options;

    /// <summary>Plans recovery from <paramref name="request"/>'s start date. Never throws for valid arguments.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecoveryPlan Plan(Assessment assessment, TrainingHistory history, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(request);
        return Build(assessment, history, request, ValueList<CheckInReport>.Empty);
    }

    internal static RecoveryPlanner For(PlannerOptions options) => options == PlannerOptions.Default ? Default : new RecoveryPlanner(options);

    internal RecoveryPlan Build(Assessment assessment, TrainingHistory history, PlanRequest request, ValueList<CheckInReport> checkIns)
    {
        var workouts = WithReportWorkout(assessment.Report, history, request.Start);
        var timeline = new PlanTimeline(this, assessment, workouts, request, checkIns.Count);
        AddRestBySize(timeline, workouts, request.Start);
        foreach (var checkIn in checkIns)
        {
            timeline.Apply(checkIn);
        }

        var blocks = timeline.Finish();
        var checkInDates = CheckInDates(request);
        var days = new DaySweep(this, assessment, request, checkIns, timeline, blocks, checkInDates).Run();
        return new RecoveryPlan(assessment, history, request, _options, checkIns, ValueList<TriageStep>.Wrap([.. timeline.Triage]), days, checkInDates, ValueList<Block>.Wrap([.. blocks]));
    }

    /// <summary>The number of full rest days after a session: the rest rule's by size (<see cref="RecoveryRules.RestFor"/>), plus the options' extra days.</summary>
    internal int RestDays(MuscleGroup muscle, bool hard)
        => RecoveryRules.RestFor(muscle, hard).Rest.Count + (muscle.Size == MuscleSize.Small ? _options.ExtraRestSmall : _options.ExtraRestLarge).Count;

    /// <summary>
    /// The history's workouts with the report's own workout as a session (domain model section 6b.7), oldest first: on the
    /// start date, unless the history already holds a workout on or before the start with all of the report's exercises.
    /// </summary>
    private static Workout[] WithReportWorkout(SymptomReport report, TrainingHistory history, DateOnly start)
    {
        var workouts = history.Workouts;
        if (report.Exercises.Count == 0)
        {
            return [.. workouts];
        }

        var hard = report.HardOrUnaccustomedWorkout;
        for (var i = workouts.Count - 1; i >= 0; i--)
        {
            var workout = workouts[i];
            if (workout.Date <= start && report.Exercises.All(workout.Exercises.Contains))
            {
                var dated = workouts.ToArray();
                if (hard && !workout.IsHard)
                {
                    dated[i] = new Workout(workout.Date, workout.Exercises, workout.Rpe, isHard: true);
                }

                return dated;
            }
        }

        var session = new Workout(start, report.Exercises, rpe: null, isHard: hard);
        var result = new Workout[workouts.Count + 1];
        var n = 0;
        var added = false;
        foreach (var workout in workouts)
        {
            if (!added && workout.Date > start)
            {
                result[n++] = session;
                added = true;
            }

            result[n++] = workout;
        }

        if (!added)
        {
            result[n] = session;
        }

        return result;
    }

    private void AddRestBySize(PlanTimeline timeline, Workout[] workouts, DateOnly start)
    {
        // One pass over the workouts, oldest first: per muscle group, sessions whose rest periods overlap or touch
        // merge into one blocked period, from the first session's date to the end of the rest that ends last.
        Span<int> fromDay = stackalloc int[MuscleGroup.All.Count];
        Span<int> untilDay = stackalloc int[MuscleGroup.All.Count];
        Span<bool> hardSession = stackalloc bool[MuscleGroup.All.Count];
        untilDay.Fill(int.MinValue);
        foreach (var workout in workouts)
        {
            var hard = workout.IsHardSession(_options.HardRpeThreshold);
            var day = workout.Date.DayNumber;
            for (var bits = (uint)workout.MuscleMask; bits != 0; bits &= bits - 1)
            {
                var muscle = MuscleGroup.FromIndex(System.Numerics.BitOperations.TrailingZeroCount(bits));
                var i = muscle.Index;
                var until = Math.Min(day + 1 + RestDays(muscle, hard), DateOnly.MaxValue.DayNumber);
                if (day > untilDay[i])
                {
                    AddRestBlock(timeline, muscle, fromDay[i], untilDay[i], hardSession[i], start);
                    fromDay[i] = day;
                }

                // On a tie the earlier session keeps its rule: a later session ends on the same day only when the
                // earlier one was hard and it is not, and the reason names the earlier session's date.
                if (until > untilDay[i])
                {
                    untilDay[i] = until;
                    hardSession[i] = hard && muscle.Size == MuscleSize.Large;
                }
            }
        }

        foreach (var muscle in MuscleGroup.All)
        {
            AddRestBlock(timeline, muscle, fromDay[muscle.Index], untilDay[muscle.Index], hardSession[muscle.Index], start);
        }
    }

    private static void AddRestBlock(PlanTimeline timeline, MuscleGroup muscle, int fromDay, int untilDay, bool afterHardSession, DateOnly start)
    {
        if (untilDay <= start.DayNumber)
        {
            return; // never trained, or rested before the plan starts
        }

        var rule = RecoveryRules.RestFor(muscle, afterHardSession);
        var (from, until) = (DateOnly.FromDayNumber(fromDay), DateOnly.FromDayNumber(untilDay));
        var texts = timeline.Texts;
        var name = texts.IsNeutral ? muscle.Name : texts.Get("muscle." + muscle.Id); // the catalogue's own name is the neutral text
        var reason = texts.Format(rule.Id, name, texts.Date(from));
        var entry = new PlanEntry(PlanEntryKind.RestMuscles, rule.Id, reason, rule.Source, ValueList<MuscleGroup>.Wrap([muscle]), allowedFrom: Availability.From(until, texts));
        timeline.Add(new Block(entry, 1 << muscle.Index, from, until, from));
    }

    /// <summary>The plan's check-in dates (<see cref="RecoveryRules.CheckIn"/>): its first and second day, then every <see cref="PlannerOptions.CheckInInterval"/> days.</summary>
    private ValueList<DateOnly> CheckInDates(PlanRequest request)
    {
        var dates = new List<DateOnly>();
        var (first, second) = (RecoveryRules.CheckIn.FirstDay - 1, RecoveryRules.CheckIn.SecondDay - 1);
        for (var offset = first; offset < request.Length.Count; offset = offset < second ? second : offset + _options.CheckInInterval.Count)
        {
            dates.Add(request.Start.AddDays(offset));
        }

        return ValueList<DateOnly>.Wrap([.. dates]);
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
