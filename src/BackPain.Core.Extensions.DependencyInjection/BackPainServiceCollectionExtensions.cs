using BackPain.Core;
using BackPain.Core.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// In the namespace of IServiceCollection, as the Microsoft.Extensions packages do, so that AddBackPain needs no using.
#pragma warning disable IDE0130 // Namespace does not match folder structure
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers BackPain.Core's engines in a service collection.</summary>
public static class BackPainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engines, configured from the section <c>BackPain</c> of the app's <see cref="IConfiguration"/>
    /// (the defaults when the app has no configuration or no such section). See
    /// <see cref="AddBackPain(IServiceCollection, IConfiguration, Action{BackPainOptions})"/> for what is registered.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddBackPain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BackPainOptions>().Configure<IServiceProvider>(static (options, provider) =>
        {
            if (provider.GetService<IConfiguration>() is { } configuration)
            {
                ConfigurationReader.Read(configuration.GetSection(BackPainOptions.DefaultSectionName), options);
            }
        });
        return AddEngines(services);
    }

    /// <summary>
    /// Registers the engines, configured by <paramref name="configure"/> from the library's defaults (and from the
    /// section <c>BackPain</c> of the app's configuration before it, if there is one), for example
    /// <c>services.AddBackPain(o => o.Planner = o.Planner with { CheckInInterval = Days.Of(3) })</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddBackPain(this IServiceCollection services, Action<BackPainOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        AddBackPain(services);
        services.Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers the engines, configured from <paramref name="section"/> (for example
    /// <c>builder.Configuration.GetSection("BackPain")</c>), then by <paramref name="configure"/> if given. Registered,
    /// all singletons: <see cref="BackPainAssessor"/> and <see cref="RecoveryPlanner"/> built from
    /// <c>IOptions&lt;AssessorOptions&gt;</c> and <c>IOptions&lt;PlannerOptions&gt;</c>; the logging
    /// <see cref="IBackPainAssessor"/> and <see cref="IRecoveryPlanner"/> over them; and <see cref="BackPainOptions"/>,
    /// checked with the library's own validation when the app starts (<c>ValidateOnStart</c>), so that a bad setting
    /// stops the app with the library's message naming its key. Calling it again adds no second engine.
    /// </summary>
    /// <remarks>
    /// The section holds <c>Assessor</c> (<c>LikelyThreshold</c>, <c>Culture</c>) and <c>Planner</c>
    /// (<c>ExtraRestSmallDays</c>, <c>ExtraRestLargeDays</c>, <c>HardRpeThreshold</c>, <c>CheckInIntervalDays</c>, <c>IceDays</c>,
    /// <c>HeatDays</c>; days as whole numbers), named as the properties of <see cref="AssessorOptions"/> and
    /// <see cref="PlannerOptions"/> with a day count's unit in its name, as in the JSON. A setting left out keeps the library's default.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    public static IServiceCollection AddBackPain(this IServiceCollection services, IConfiguration section, Action<BackPainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<BackPainOptions>().Configure(options => ConfigurationReader.Read(section, options));
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return AddEngines(services);
    }

    private static IServiceCollection AddEngines(IServiceCollection services)
    {
        services.AddOptions<BackPainOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BackPainOptions>, BackPainOptionsValidator>());
        services.TryAddSingleton<IOptions<AssessorOptions>>(static provider
            => Options.Options.Create(provider.GetRequiredService<IOptions<BackPainOptions>>().Value.Assessor));
        services.TryAddSingleton<IOptions<PlannerOptions>>(static provider
            => Options.Options.Create(provider.GetRequiredService<IOptions<BackPainOptions>>().Value.Planner));
        services.TryAddSingleton(static provider => new BackPainAssessor(provider.GetRequiredService<IOptions<AssessorOptions>>().Value));
        services.TryAddSingleton(static provider => new RecoveryPlanner(provider.GetRequiredService<IOptions<PlannerOptions>>().Value));
        services.TryAddSingleton<IBackPainAssessor>(static provider => new LoggingAssessor(
            provider.GetRequiredService<BackPainAssessor>(), Logger<IBackPainAssessor>(provider)));
        services.TryAddSingleton<IRecoveryPlanner>(static provider => new LoggingPlanner(
            provider.GetRequiredService<RecoveryPlanner>(), Logger<IRecoveryPlanner>(provider)));
        return services;
    }

    /// <summary>The app's logger, or none when the app has not added logging.</summary>
    private static ILogger<T> Logger<T>(IServiceProvider provider)
        => provider.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
