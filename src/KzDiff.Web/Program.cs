using System.Text.Json;
using System.Text.Json.Serialization;
using Hangfire;
using KzDiff.Service.Configuration;
using KzDiff.Service.Hosting;
using KzDiff.Web.Access;
using KzDiff.Web.Api;
using KzDiff.Web.Hosting;
using KzDiff.Web.Ui;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Content root is the project folder when running from a source tree (wwwroot, appsettings), the
// build output otherwise, whatever the current directory is.
var root = RepositoryRoot.Locate();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = WebDefaults.ContentRoot(root) });

// The repository root's appsettings.json holds the KzDiff section; environment variables and the
// command line still win over it.
builder.Configuration
    .AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true, reloadOnChange: false)
    .AddEnvironmentVariables()
    .AddCommandLine(args);

// Loopback unless told otherwise (--urls, ASPNETCORE_URLS): a fresh install is never open to the network.
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? WebDefaults.Url);

// KzDiff:Role worker: jobs and /health only (README, "Processes by role").
if (ProcessRoleSetting.Read(builder.Configuration) == ProcessRole.Worker)
{
    WorkerHost.Run(builder, root);
    return;
}

builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddRazorPages();
builder.Services.AddKzDiffWebUi();
builder.Services.AddAntiforgery();
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
});
builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
builder.Services.AddOutputCache(options => options.AddComparisonOutputCache());
builder.Services.AddKzDiffResponseCompression();
builder.Services.AddKzDiffStore(root);
builder.Services.AddKzDiffJobs(builder.Configuration);
builder.Services.AddKzDiffAccess();

var app = builder.Build();

app.UseMiddleware<NoSniffHeader>();
// Outside the output cache: the cache keeps one uncompressed copy and every client gets the
// encoding it accepts.
app.UseResponseCompression();
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    // Malformed JSON and oversized bodies surface as BadHttpRequestException: they are the client's
    // mistake (400, 413), not a server error.
    StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
// A person who follows a bad link gets a page; API clients keep their problem documents.
app.UseWhen(BrowserRequests.WantsPage, pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseWhen(context => !BrowserRequests.WantsPage(context), api => api.UseStatusCodePages());
app.UseMiddleware<CrossSiteRequestGuard>();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();
app.UseAntiforgery();

app.MapOpenApi();
app.MapHealthChecks("/health", HealthResponse.Options);
// The dashboard can delete and re-run jobs: admins only, checked by the same policies as the rest
// (Hangfire's own filter list is emptied so that it does not add its loopback-only default).
app.MapHangfireDashboard("/hangfire", new DashboardOptions
{
    Authorization = [],
    DisplayStorageConnectionString = false,
    DashboardTitle = "KzDiff jobs",
}).RequireAuthorization(AccessPolicies.Admin);
app.MapKzDiffApi();
app.MapRazorPages();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
    foreach (var address in addresses ?? [])
    {
        Console.WriteLine($"KzDiff is running at {address} (API: {address}/api/editions, jobs: {address}/hangfire)");
    }
});

app.Run();

/// <summary>Entry point; public so that integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
