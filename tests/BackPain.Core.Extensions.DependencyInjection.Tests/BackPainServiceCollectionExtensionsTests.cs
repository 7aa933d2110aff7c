using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackPain.Core.Extensions.DependencyInjection.Tests;

public sealed class BackPainServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBackPain_WithoutConfiguration_RegistersTheEnginesWithTheLibraryDefaults()
    {
        using var provider = new ServiceCollection().AddBackPain().BuildServiceProvider();

        provider.GetRequiredService<BackPainAssessor>().Options.Should().Be(AssessorOptions.Default);
        provider.GetRequiredService<RecoveryPlanner>().Options.Should().Be(PlannerOptions.Default);
        provider.GetRequiredService<IBackPainAssessor>().Options.Should().Be(AssessorOptions.Default);
        provider.GetRequiredService<IRecoveryPlanner>().Options.Should().Be(PlannerOptions.Default);
    }

    [Fact]
    public void AddBackPain_RegistersEachEngineOnce_AsASingleton()
    {
        var services = new ServiceCollection().AddBackPain().AddBackPain();
        using var provider = services.BuildServiceProvider();

        services.Count(d => d.ServiceType == typeof(BackPainAssessor)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IRecoveryPlanner)).Should().Be(1);
        services.Where(d => d.ServiceType == typeof(BackPainAssessor) || d.ServiceType == typeof(RecoveryPlanner)
                || d.ServiceType == typeof(IBackPainAssessor) || d.ServiceType == typeof(IRecoveryPlanner))
            .Should().OnlyContain(d => d.Lifetime == ServiceLifetime.Singleton);
        provider.GetRequiredService<RecoveryPlanner>().Should().BeSameAs(provider.GetRequiredService<RecoveryPlanner>());
    }

    [Fact]
    public void AddBackPain_FromAppsettings_BuildsTheEnginesFromTheBackPainSection()
    {
        using var host = Hosts.Build("""
            {
              "BackPain": {
                "Assessor": { "LikelyThreshold": 0.7, "Culture": "de-DE" },
                "Planner": { "CheckInIntervalDays": 3, "ExtraRestLargeDays": 1, "HardRpeThreshold": 7, "IceDays": 2, "HeatDays": 10, "ExtraRestSmallDays": 2 }
              }
            }
            """);

        host.Services.GetRequiredService<IOptions<AssessorOptions>>().Value.Should().Be(
            new AssessorOptions { LikelyThreshold = 0.7, Culture = CultureInfo.GetCultureInfo("de-DE") });
        host.Services.GetRequiredService<RecoveryPlanner>().Options.Should().Be(new PlannerOptions
        {
            CheckInInterval = Days.Of(3),
            ExtraRestLarge = Days.Of(1),
            ExtraRestSmall = Days.Of(2),
            HardRpeThreshold = 7,
            IceDays = Days.Of(2),
            HeatDays = Days.Of(10),
        });
    }

    [Fact]
    public void AddBackPain_LeavesSettingsThatAreNotGivenAtTheirDefaults()
    {
        using var host = Hosts.Build("""{ "BackPain": { "Planner": { "CheckInIntervalDays": 5 } } }""");

        host.Services.GetRequiredService<BackPainAssessor>().Options.Should().Be(AssessorOptions.Default);
        host.Services.GetRequiredService<RecoveryPlanner>().Options.Should().Be(PlannerOptions.Default with { CheckInInterval = Days.Of(5) });
    }

    [Fact]
    public void AddBackPain_WithASection_ReadsThatSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Health:Back:Planner:IceDays"] = "5" })
            .Build();
        using var provider = new ServiceCollection().AddBackPain(configuration.GetSection("Health:Back")).BuildServiceProvider();

        provider.GetRequiredService<RecoveryPlanner>().Options.IceDays.Should().Be(Days.Of(5));
    }

    [Fact]
    public void AddBackPain_WithADelegate_ChangesTheOptionsAfterConfiguration()
    {
        using var host = Hosts.Build(
            """{ "BackPain": { "Planner": { "CheckInIntervalDays": 5, "IceDays": 2 } } }""",
            services => services.AddBackPain(o => o.Planner = o.Planner with { CheckInInterval = Days.Of(3) }));

        host.Services.GetRequiredService<RecoveryPlanner>().Options.Should().Be(
            PlannerOptions.Default with { CheckInInterval = Days.Of(3), IceDays = Days.Of(2) });
    }

    [Fact]
    public async Task Start_WithASettingOutOfRange_StopsTheAppWithTheLibrarysMessageNamingTheSetting()
    {
        var error = await Hosts.StartAsync("""{ "BackPain": { "Planner": { "CheckInIntervalDays": 9 } } }""");

        error.Should().BeOfType<OptionsValidationException>().Which.Failures.Should().Equal(
            "BackPain:Planner:CheckInIntervalDays: must be between 1 and 7 inclusive; it was 9.");
    }

    [Fact]
    public async Task Start_WithSeveralBadSettings_ListsEveryOne()
    {
        var error = await Hosts.StartAsync("""
            { "BackPain": { "Assessor": { "LikelyThreshold": 0.2 }, "Planner": { "HardRpeThreshold": 9, "HeatDays": 40 } } }
            """);

        var failures = error.Should().BeOfType<OptionsValidationException>().Which.Failures.ToList();
        failures.Should().HaveCount(3);
        failures.Should().Contain(f => f.StartsWith("BackPain:Assessor:LikelyThreshold: must be between 0.4 and 0.95", StringComparison.Ordinal));
        failures.Should().Contain("BackPain:Planner:HardRpeThreshold: must be between 1 and 8 inclusive; it was 9.");
        failures.Should().Contain("BackPain:Planner:HeatDays: must be between 1 and 28 inclusive; it was 40.");
    }

    [Theory]
    [InlineData("""{ "BackPain": { "Planner": { "IceDays": "three" } } }""", "BackPain:Planner:IceDays: must be a whole number; it was 'three'.")]
    [InlineData("""{ "BackPain": { "Planner": { "ExtraRestLargeDays": -1 } } }""", "BackPain:Planner:ExtraRestLargeDays: must be a whole number of days from 0; it was -1.")]
    [InlineData("""{ "BackPain": { "Assessor": { "LikelyThreshold": "high" } } }""", "BackPain:Assessor:LikelyThreshold: must be a number such as 0.6; it was 'high'.")]
    [InlineData("""{ "BackPain": { "Assessor": { "Culture": "xx-Nowhere" } } }""", "BackPain:Assessor:Culture: must be a culture name such as 'en' or 'de-DE' (empty for English); it was 'xx-Nowhere'.")]
    [InlineData("""{ "BackPain": { "Planner": { "CheckinIntervall": 3 } } }""", "BackPain:Planner:CheckinIntervall: is not a setting; the settings under BackPain:Planner are ExtraRestSmallDays, ExtraRestLargeDays, HardRpeThreshold, CheckInIntervalDays, IceDays, HeatDays.")]
    public async Task Start_WithAValueThatCannotBeRead_NamesTheKeyAndWhatIsAllowed(string appsettings, string failure)
    {
        var error = await Hosts.StartAsync(appsettings);

        error.Should().BeOfType<OptionsValidationException>().Which.Failures.Should().Equal(failure);
        error!.Message.Should().NotContain("System.", "no message names a .NET type");
    }

    [Fact]
    public async Task Start_WithGoodSettings_Starts()
    {
        var error = await Hosts.StartAsync("""{ "BackPain": { "Planner": { "CheckInIntervalDays": 1, "ExtraRestSmallDays": 14 } }, "Other": { "X": 1 } }""");

        error.Should().BeNull();
    }

    [Fact]
    public void Engines_FromABadSetting_AreNeverBuilt()
    {
        using var host = Hosts.Build("""{ "BackPain": { "Planner": { "IceDays": 0 } } }""");

        var resolve = () => host.Services.GetRequiredService<IRecoveryPlanner>();

        resolve.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "BackPain:Planner:IceDays: must be between 1 and 7 inclusive; it was 0.");
    }
    [Fact]
    public void AddBackPain_WithASectionAndADelegate_AppliesTheDelegateAfterTheSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Health:Back:Planner:IceDays"] = "5", ["Health:Back:Planner:HeatDays"] = "4" })
            .Build();
        using var provider = new ServiceCollection()
            .AddBackPain(configuration.GetSection("Health:Back"), o => o.Planner = o.Planner with { IceDays = Days.Of(2) })
            .BuildServiceProvider();

        provider.GetRequiredService<RecoveryPlanner>().Options.Should().Be(PlannerOptions.Default with { IceDays = Days.Of(2), HeatDays = Days.Of(4) });
    }

    [Fact]
    public void AddBackPain_WithNullArguments_NamesTheArgumentAtOnce()
    {
        var services = new ServiceCollection();

        FluentActions.Invoking(() => services.AddBackPain((Action<BackPainOptions>)null!))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("configure");
        FluentActions.Invoking(() => services.AddBackPain((IConfiguration)null!))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("section");
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddBackPain())
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("services");
        services.Should().BeEmpty("a call that throws registers nothing");
    }

    [Fact]
    public async Task Start_WithAnUnknownAssessorSetting_NamesItAndListsTheAssessorSettings()
    {
        var error = await Hosts.StartAsync("""{ "BackPain": { "Assessor": { "LikelyTreshold": 0.7 } } }""");

        error.Should().BeOfType<OptionsValidationException>().Which.Failures.Should().Equal(
            "BackPain:Assessor:LikelyTreshold: is not a setting; the settings under BackPain:Assessor are LikelyThreshold, Culture.");
    }

    [Fact]
    public async Task Start_WithTheLargestDayCount_ReportsTheSettingsOwnRangeNotAnUnreadableValue()
    {
        // Days.MaxCount (3650) is a day count; ExtraRestLargeDays allows 0 to 14, so the library's range check speaks.
        var error = await Hosts.StartAsync("""{ "BackPain": { "Planner": { "ExtraRestLargeDays": 3650 } } }""");

        error.Should().BeOfType<OptionsValidationException>().Which.Failures.Should().Equal(
            "BackPain:Planner:ExtraRestLargeDays: must be between 0 and 14 inclusive; it was 3650.");
    }

    [Fact]
    public async Task Start_WithADelegateThatClearsTheOptions_SaysWhichMustNotBeNull()
    {
        using var host = Hosts.Build(register: services => services.AddBackPain(o =>
        {
            o.Assessor = null!;
            o.Planner = null!;
        }));

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            "BackPain:Assessor: must not be null.", "BackPain:Planner: must not be null.");
    }
}
