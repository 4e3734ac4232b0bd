using CchcPublisher.IntegrationTests.TestSupport;
using PuppeteerSharp;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>Debian's headless Chromium driven by PuppeteerSharp (no browser download: the installed executable).</summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync()
    {
        RequiredComponent.SkipOrFailWhen(!File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath} (apt-get install chromium).");
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            // Generous: this machine's two cores are shared; a slow start is not a failure of the console.
            Timeout = 120_000,
            ExecutablePath = ChromiumPath,
            // CI runs as root, where Chromium's sandbox cannot start; /dev/shm is small in containers.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=vi-VN"],
        });
    }

    /// <summary>A page at 1366×768 (the office PC) or 390×844 (a phone).</summary>
    public static async Task<IPage> PageAsync(IBrowser browser, bool phone = false)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.NewPageAsync();
        page.DefaultTimeout = 90_000;
        page.DefaultNavigationTimeout = 90_000;
        await page.SetViewportAsync(phone
            ? new ViewPortOptions { Width = 390, Height = 844, IsMobile = true, DeviceScaleFactor = 1 }
            : new ViewPortOptions { Width = 1366, Height = 768 });
        return page;
    }

    /// <summary>Signs in through the login form, as a person would.</summary>
    public static async Task SignInAsync(IPage page, ConsoleSite site, string role)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(site);
        await page.GoToAsync(new Uri(site.BaseAddress, "dang-nhap").ToString());
        await page.TypeAsync("input[name=ten]", ConsoleSite.UserFor(role));
        await page.TypeAsync("input[name=\"mat-khau\"]", ConsoleSite.Password);
        await ClickAndWaitAsync(page, "main button[type=submit]");
    }

    public static async Task ClickAndWaitAsync(IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync(selector));
    }

    /// <summary>Saves a screenshot under docs/screenshots/ of the repository (the README shows them).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(ConsoleSite.RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(Path.Combine(folder, name + ".png"), new ScreenshotOptions { FullPage = true });
    }
}
