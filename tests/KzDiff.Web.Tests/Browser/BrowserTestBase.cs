using KzDiff.Service.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright against the app on a Kestrel port. Every page fails its
/// test if a JavaScript dialog opens or a script error happens: report text must never run.
/// Without Chromium the tests are skipped, or fail where everything is required (CI).
/// </summary>
[Category("Browser")]
public abstract class BrowserTestBase
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Names the element that sticks out furthest to the right, to explain a sideways scroll.</summary>
    protected const string WidestElementScript = """
        () => {
          let worst = null, right = 0;
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect().right;
            if (r > right) { right = r; worst = el; }
          }
          return worst ? `${worst.tagName}.${worst.className} right=${Math.round(right)}` : 'none';
        }
        """;

    private readonly List<string> dialogs = [];
    private readonly List<string> pageErrors = [];
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? context;
#pragma warning disable NUnit1032 // Disposed in OneTimeTearDown; RestartHostAsync replaces it within a fixture.
    private BrowserHost? host;
#pragma warning restore NUnit1032

    protected IPage Page { get; private set; } = null!;

    protected IBrowser Browser => browser!;

    protected Uri BaseAddress { get; private set; } = null!;

    internal SampleEngine Samples => host!.Samples ?? throw new InvalidOperationException("this fixture runs the real engine");

    /// <summary>Lineage id of Freedonia's section 1.c in the sample store.</summary>
    protected string TortureLineage { get; private set; } = "";

    /// <summary>False to run the pages over the fictional editions and the real engine instead of the sample store.</summary>
    protected virtual bool UsesSampleStore => true;

    protected IReadOnlyList<string> Dialogs => dialogs;

    /// <summary>With the real engine: the folder imported at start-up; null for the fictional editions in Browser/Editions.</summary>
    protected virtual string? ImportFolder() => null;

    private string? jobsFolder;

    [OneTimeSetUp]
    public async Task StartBrowserAndServer()
    {
        var chromium = TestEnvironment.RequireChromium();
        // The fixture owns the store's folder, so that a restarted host finds the same store.
        jobsFolder = Directory.CreateTempSubdirectory("kzdiff-webui-").FullName;
        host = new BrowserHost(UsesSampleStore ? new SampleEngine() : null, UsesSampleStore ? null : ImportFolder(), jobsFolder);
        BaseAddress = host.BaseAddress;
        if (UsesSampleStore)
        {
            TortureLineage = await SampleStore.SeedAsync(host.Services);
        }

        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await LaunchAsync(chromium);
    }

    /// <summary>Another Chromium build (the fixture's own browser is <see cref="Browser"/>), with the same switches; the caller closes it.</summary>
    protected Task<IBrowser> LaunchAsync(string executable) =>
        playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });

    [OneTimeTearDown]
    public async Task StopBrowserAndServer()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (jobsFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(jobsFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the folder is under the temp directory anyway.
            }
        }
    }

    /// <summary>
    /// Stops the app and starts it again on the same store, as after a restart of the service (on a
    /// new port); the current page is closed and a fresh one opened on the new address.
    /// </summary>
    protected async Task RestartHostAsync()
    {
        await context!.CloseAsync();
        await host!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        host = new BrowserHost(host.Samples, host.Samples is null ? host.ImportFolder : null, jobsFolder);
        BaseAddress = host.BaseAddress;
        await OpenMainPageAsync();
    }

    /// <summary>A page of its own (another browser profile: its own cookies) signed in as a new user of <paramref name="role"/>.</summary>
    protected async Task<IPage> NewSignedInPageAsync(string name, string role)
    {
        var other = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        extraContexts.Add(other);
        var page = await other.NewPageAsync();
        page.PageError += (_, error) => pageErrors.Add(error);
        await SignInOnAsync(page, name, role);
        return page;
    }

    [SetUp]
    public async Task OpenPage()
    {
        dialogs.Clear();
        pageErrors.Clear();
        await OpenMainPageAsync();
    }

    private async Task OpenMainPageAsync()
    {
        context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        Page = await context.NewPageAsync();
        Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        Page.PageError += (_, error) => pageErrors.Add(error);
    }

    private readonly List<IBrowserContext> extraContexts = [];

    [TearDown]
    public async Task ClosePage()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }

        foreach (var other in extraContexts)
        {
            await other.CloseAsync();
        }

        extraContexts.Clear();

        Assert.That(dialogs, Is.Empty, "a JavaScript dialog opened: report text or page script ran something it must not");
        Assert.That(pageErrors, Is.Empty, "the page raised script errors");
    }

    protected const string Password = "correct horse battery staple";

    /// <summary>Adds a user of <paramref name="role"/> (once per fixture) and signs in as them on the sign-in page.</summary>
    protected Task SignInAsync(string name, string role) => SignInOnAsync(Page, name, role);

    private async Task SignInOnAsync(IPage page, string name, string role)
    {
        await using (var scope = host!.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            if (!(await accounts.ListAsync()).Any(u => u.Name == name))
            {
                Assert.That(await accounts.AddAsync(name, role, Password), Is.Empty);
            }
        }

        await page.GotoAsync("/account/signin?returnUrl=%2F");
        await page.FillAsync("#UserName", name);
        await page.FillAsync("#Password", Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync(name);
    }

    protected async Task SetPhoneWidthAsync() =>
        await Page.SetViewportSizeAsync(390, 844);

    /// <summary>Saves what the browser shows to jobs/screenshots/ at the repository root.</summary>
    protected async Task<string> ScreenshotAsync(string name, bool fullPage = false)
    {
        var folder = Path.Combine(TestEnvironment.RepositoryRoot, "jobs", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.AddTestAttachment(path);
        return path;
    }

    /// <summary>
    /// Fetches the sections a long compare page leaves to be fetched as the reader comes near them,
    /// for tests that read every row of the page at once.
    /// </summary>
    protected async Task LoadEverySectionAsync()
    {
        await Page.EvaluateAsync("() => window.kzdiffCompare && window.kzdiffCompare.loadAll()");
        Assert.That(await Page.Locator("#cmp .later, #cmp .later-failed").CountAsync(), Is.Zero, "every section's rows were fetched");
    }

    protected async Task<bool> IsInViewportAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync();
        var viewport = Page.ViewportSize!;
        return box is not null && box.Y >= 0 && box.Y + Math.Min(box.Height, 40) <= viewport.Height;
    }
}
