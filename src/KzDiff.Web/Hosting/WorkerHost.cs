using KzDiff.Service.Configuration;
using KzDiff.Service.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KzDiff.Web.Hosting;

/// <summary>
/// <c>KzDiff:Role</c> <c>worker</c>: the same executable as the web service, running only the Hangfire
/// server and <c>/health</c> (for a supervisor or load balancer to ask); no pages, API or dashboard. One
/// executable keeps one set of settings, one publish and one start-up path (migrations, options) for
/// every role.
/// </summary>
internal static class WorkerHost
{
    public static void Run(WebApplicationBuilder builder, string root)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        builder.Services.AddKzDiffStore(root);
        builder.Services.AddKzDiffJobs(builder.Configuration);

        var app = builder.Build();
        app.MapHealthChecks("/health", HealthResponse.Options);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var options = app.Services.GetRequiredService<KzDiffOptions>();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            Console.WriteLine(
                $"KzDiff worker {options.Jobs.WorkerName} is running (queues: {string.Join(", ", options.Jobs.EffectiveQueues)}; " +
                $"health: {string.Join(", ", (addresses ?? []).Select(a => a + "/health"))})");
        });
        app.Run();
    }
}
