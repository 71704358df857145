using System.Text.RegularExpressions;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunalBot.Bot.Tests.Playground;

/// The playground as a person uses it: the real bot on loopback, the page in Debian's Chromium driven by Playwright.
public sealed class PlaygroundBrowserTests
{
    /// Where the screenshot of the last run is kept (artifacts/ is not committed).
    public static readonly string Screenshot = System.IO.Path.Combine(RepoPaths.Root, "artifacts", "playground", "playground.png");

    [Fact]
    public async Task Playground_QuestionFeedbackAndServices_WorkInTheBrowser()
    {
        var chromium = await Chromium.EnsureInstalledAsync();
        await using var app = await BotApp.StartAsync(new()
        {
            ["Playground:Enabled"] = "true",
            ["Ask:ServicesPageSize"] = "1", // a Themenfeld with two services has two pages
        });
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium });
        var page = await browser.NewPageAsync(new() { Locale = "de-DE", ViewportSize = new() { Width = 1000, Height = 1100 } });
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        SetDefaultExpectTimeout(30_000); // a loaded 2-core machine: Web Chat's 4 MB bundle and the first answer take a while

        try
        {
            await page.GotoAsync(app.Http.BaseAddress + "playground");
            await Expect(page).ToHaveTitleAsync("KommunalBot – Playground");
            await Expect(page.Locator("#role option")).Not.ToHaveCountAsync(0);

            await SayAsync(page, "Welche Transportwege nutzt Wohngeld?");
            var cards = Cards(page);
            var helpfulButton = page.GetByRole(AriaRole.Button, new() { Name = "Hilfreich", Exact = true });
            var helpful = cards.Locator(helpfulButton);
            await Expect(helpful).ToBeVisibleAsync();
            await Expect(cards.Filter(new() { Has = helpfulButton })).ToContainTextAsync("Transportweg – Wohngeld");

            // Action.Execute round-trips: the bot takes the rating and the card changes in place.
            await helpful.ClickAsync();
            await Expect(cards.GetByText("Danke für Ihre Rückmeldung!")).ToBeVisibleAsync();
            await Expect(helpful).ToHaveCountAsync(0);

            await SayAsync(page, "dienste");
            await cards.GetByRole(AriaRole.Button, new() { Name = "Arbeit & Ruhestand", Exact = true }).ClickAsync();
            await Expect(cards.GetByText("Seite 1 von 2")).ToBeVisibleAsync();
            await cards.GetByRole(AriaRole.Button, new() { Name = "Nächste Seite" }).ClickAsync();
            await Expect(cards.GetByText("Seite 2 von 2")).ToBeVisibleAsync();
            await Expect(cards.GetByText("Seite 1 von 2")).ToHaveCountAsync(0);
            Assert.Empty(pageErrors);
        }
        finally
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Screenshot)!);
            await page.ScreenshotAsync(new() { Path = Screenshot, FullPage = true });
        }
    }

    [Fact]
    public async Task Playground_SwitchingRole_StartsANewConversation()
    {
        var chromium = await Chromium.EnsureInstalledAsync();
        await using var app = await BotApp.StartAsync(new() { ["Playground:Enabled"] = "true" });
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium });
        var page = await browser.NewPageAsync(new() { Locale = "de-DE" });
        SetDefaultExpectTimeout(30_000);
        await page.GotoAsync(app.Http.BaseAddress + "playground");
        var helpCards = Cards(page).Filter(new() { HasText = "So nutzen Sie KommunalBot" });
        var greeting = Cards(page).GetByText(new Regex("^Hallo ")); // the welcome card names the user
        await SayAsync(page, "hilfe");
        await Expect(helpCards).ToHaveCountAsync(1);
        await Expect(greeting).ToHaveCountAsync(1);
        var firstUser = await greeting.TextContentAsync();

        var roles = page.Locator("#role");
        await roles.SelectOptionAsync(await roles.Locator("option").Nth(1).GetAttributeAsync("value") ?? "");

        // The old transcript is gone; the new conversation greets another user and answers.
        await Expect(helpCards).ToHaveCountAsync(0);
        await Expect(greeting).ToHaveCountAsync(1);
        await Expect(greeting).Not.ToHaveTextAsync(firstUser ?? "");
        await SayAsync(page, "hilfe");
        await Expect(helpCards).ToHaveCountAsync(1);
    }

    // Web Chat also renders each card as hidden text for screen readers: the visible card is what a person sees.
    private static ILocator Cards(IPage page) => page.Locator(".ac-adaptiveCard");

    // Web Chat sends only once its Direct Line is connected, which it tells screen readers.
    private static async Task SayAsync(IPage page, string text)
    {
        await Expect(page.GetByText("Verbindungsstatus: Verbunden")).ToBeAttachedAsync();
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await Expect(sendBox).ToHaveValueAsync("");
    }
}
