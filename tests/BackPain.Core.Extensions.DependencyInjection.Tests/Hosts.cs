using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackPain.Core.Extensions.DependencyInjection.Tests;

/// <summary>Apps as a host builds them: configuration from an appsettings.json text, AddBackPain, optional captured logging.</summary>
public static class Hosts
{
    public static IHost Build(string appsettingsJson = "{}", Action<IServiceCollection>? register = null, CapturingLogger? logs = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(appsettingsJson)));
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        }

        (register ?? (services => services.AddBackPain()))(builder.Services);
        return builder.Build();
    }

    /// <summary>Starts an app built by <see cref="Build"/> and returns what start-up threw, or null.</summary>
    public static async Task<Exception?> StartAsync(string appsettingsJson)
    {
        using var host = Build(appsettingsJson);
        try
        {
            await host.StartAsync();
            await host.StopAsync();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
