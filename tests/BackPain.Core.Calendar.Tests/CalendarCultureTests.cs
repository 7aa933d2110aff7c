using System.Collections;
using System.Globalization;
using System.Resources;
using BackPain.Core.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace BackPain.Core.Calendar.Tests;

/// <summary>The calendar speaks the language of the plan's assessment, in every culture the core ships.</summary>
public sealed class CalendarCultureTests
{
    private static readonly ResourceManager Resources = new("BackPain.Core.Calendar.Resources.Texts", typeof(PlanCalendar).Assembly);

    public static TheoryData<string> ShippedCultures { get; } = ["de", "es"];

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void EveryCalendarText_IsTranslatedWithItsPlaceholders(string culture)
    {
        var english = Set(CultureInfo.InvariantCulture);
        var translated = Set(new CultureInfo(culture));

        translated.Keys.Should().BeEquivalentTo(english.Keys);
        translated.Where(t => t.Value == english[t.Key]).Should().BeEmpty("nothing is left in English");
        translated.Where(t => t.Value.Contains("{0}", StringComparison.Ordinal) != english[t.Key].Contains("{0}", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void ToICalendar_AGermanPlan_NamesTheCalendarTheBlocksAndTheMusclesInGerman()
    {
        var report = BackPainJson.DeserializeReport(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "pulled-muscle.json")));
        var assessment = new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo("de") }).Assess(report);
        var plan = RecoveryPlanner.Default.Plan(assessment, TrainingHistory.Empty, new PlanRequest(Plans.Start));

        var ics = PlanCalendar.ToICalendar(plan);
        var calendar = IcalCalendar.Load(ics)!;

        ics.Should().Contain("X-WR-CALNAME:Genesungsplan bei Rückenschmerzen");
        calendar.Events.Should().Contain(e => e.Summary == "Kein Rumpftraining");
        calendar.Events.Should().Contain(e => e.Summary!.StartsWith("Pause: ", StringComparison.Ordinal) && e.Summary.Contains("Unterer Rücken", StringComparison.Ordinal));
        calendar.Events.Should().Contain(e => e.Description!.Contains("Erlaubt nach einem schmerzfreien Check-in am 08.12.2026", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Set(CultureInfo culture)
        => Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
