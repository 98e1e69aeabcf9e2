using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MemoryClients.Emulator.Dashboard.Tests;

/// <summary>
/// The dashboard at <c>/_emulator/</c> in a real headless Chromium: what the SDK stores shows up on the page, live.
/// Each test saves a full-page screenshot under <c>artifacts/dashboard/</c>.
/// </summary>
public sealed class DashboardTests(DashboardFixture fixture, ITestOutputHelper output) : IClassFixture<DashboardFixture>
{
    private static readonly Mem0AddOptions Verbatim = new() { Infer = false };

    static DashboardTests()
    {
        // The page polls once a second; a busy machine may take a few rounds.
        SetDefaultExpectTimeout(15_000);
    }

    private static string Id(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";

    private Task<Mem0AddMemoriesResponse> AddAsync(MemoryScope scope, string text) => fixture.Mem0.AddAsync([Mem0Message.User(text)], scope, Verbatim);

    private static ILocator MemoryRows(IPage page) => page.Locator("#memory-view tbody tr");

    private static ILocator RequestRow(IPage page, string text) => page.Locator("#request-list > li").Filter(new() { HasText = text });

    private async Task ScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await DashboardFixture.ScreenshotAsync(page, name)}");

    [BrowserFact]
    public async Task Lists_Mem0_users_and_agents_and_a_users_memories_and_searches_them()
    {
        var user = Id("alice");
        var agent = Id("travel-bot");
        await AddAsync(MemoryScope.ForUser(user), "I am vegetarian and allergic to peanuts.");
        await AddAsync(MemoryScope.ForUser(user).AndAgent(agent), "I love hiking in the Alps.");

        var page = await fixture.OpenDashboardAsync();

        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Mem0 users" })).ToContainTextAsync(user);
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Mem0 agents" })).ToContainTextAsync(agent);
        await page.GetByRole(AriaRole.Button, new() { Name = user }).ClickAsync();
        await Expect(page.Locator("#scope-title")).ToHaveTextAsync($"Mem0 user “{user}”: 2 memories");
        await Expect(MemoryRows(page)).ToHaveCountAsync(2);
        await Expect(MemoryRows(page).First).ToContainTextAsync("I love hiking in the Alps.");
        await Expect(MemoryRows(page).First).ToContainTextAsync($"agent {agent}");

        await page.GetByLabel("Search the memories of this scope").FillAsync("PEANUT");

        await Expect(MemoryRows(page)).ToHaveCountAsync(1);
        await Expect(MemoryRows(page)).ToContainTextAsync("I am vegetarian and allergic to peanuts.");
        await Expect(page.Locator("#scope-title")).ToHaveTextAsync($"Mem0 user “{user}”: 1 of 2 memories match");
        await ScreenshotAsync(page, "mem0-search");
    }

    [BrowserFact]
    public async Task A_memory_added_while_the_page_is_open_appears_without_a_reload()
    {
        var user = Id("live");
        await AddAsync(MemoryScope.ForUser(user), "My favourite colour is green.");
        var page = await fixture.OpenDashboardAsync();
        var scope = page.GetByRole(AriaRole.Button, new() { Name = user });
        await scope.ClickAsync();
        await Expect(MemoryRows(page)).ToHaveCountAsync(1);

        await AddAsync(MemoryScope.ForUser(user), "I moved to Lisbon in May.");

        await Expect(MemoryRows(page)).ToHaveCountAsync(2);
        await Expect(MemoryRows(page).First).ToContainTextAsync("I moved to Lisbon in May.");
        await Expect(scope.Locator(".badge")).ToHaveTextAsync("2");
        await Expect(scope).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [BrowserFact]
    public async Task Shows_the_episodes_and_semantic_features_of_a_MemMachine_project()
    {
        var project = Id("trip-planner");
        await fixture.MemMachine.AddAsync(
        [
            new MemMachineMessage { Content = "Alice prefers window seats.", Producer = "alice", Role = "user" },
            new MemMachineMessage { Content = "Noted, a window seat it is.", Producer = "planner", Role = "assistant" },
        ], project);

        var page = await fixture.OpenDashboardAsync();
        await page.GetByRole(AriaRole.List, new() { Name = "MemMachine projects" }).GetByRole(AriaRole.Button, new() { Name = project }).ClickAsync();

        await Expect(page.Locator("#scope-title")).ToHaveTextAsync($"MemMachine project {project}: 2 episodes, 1 semantic feature");
        var episodes = page.GetByRole(AriaRole.Table, new() { Name = $"Episodes of MemMachine project {project}" }).Locator("tbody tr");
        await Expect(episodes).ToHaveCountAsync(2);
        await Expect(episodes.Last).ToContainTextAsync("alice (user)");
        await Expect(episodes.Last).ToContainTextAsync("Alice prefers window seats.");
        var features = page.GetByRole(AriaRole.Table, new() { Name = $"Semantic features of MemMachine project {project}" }).Locator("tbody tr");
        await Expect(features).ToHaveCountAsync(1);
        await Expect(features).ToContainTextAsync("Alice prefers window seats.");
        await ScreenshotAsync(page, "memmachine-project");
    }

    [BrowserFact]
    public async Task Shows_a_request_with_its_body_and_its_key_redacted()
    {
        var user = Id("commuter");
        await AddAsync(MemoryScope.ForUser(user), "My train leaves at 7:40.");
        var page = await fixture.OpenDashboardAsync();
        var row = RequestRow(page, user);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".method")).ToHaveTextAsync("POST");
        await Expect(row.Locator(".path")).ToHaveTextAsync("/mem0/v3/memories/add/");
        await Expect(row.Locator(".code")).ToHaveTextAsync("200");

        await row.Locator("summary").ClickAsync();

        await Expect(row.Locator("pre.body")).ToBeVisibleAsync();
        await Expect(row.Locator("pre.body")).ToContainTextAsync("\"content\": \"My train leaves at 7:40.\"");
        await Expect(row.Locator(".header").Filter(new() { HasText = "Authorization" }).Locator("dd")).ToHaveTextAsync("<redacted>");
        (await page.ContentAsync()).Should().NotContain(DashboardFixture.Mem0Key).And.NotContain(DashboardFixture.MemMachineKey);
        await ScreenshotAsync(page, "request-detail");
    }

    [BrowserFact]
    public async Task Shows_the_fault_rules_and_the_requests_they_hit()
    {
        var project = Id("flaky");
        fixture.Emulator.Faults.Add("POST", "/memmachine/v2/memories/search", "status=503; times=1");
        try
        {
            await fixture.MemMachine.AddAsync([new MemMachineMessage { Content = "I take my coffee black.", Producer = "bob", Role = "user" }], project);
            await fixture.MemMachine.SearchAsync("coffee", project);   // the 503 is retried

            var page = await fixture.OpenDashboardAsync();

            var rule = page.GetByRole(AriaRole.Table, new() { Name = "Fault rules" }).Locator("tbody tr");
            await Expect(rule).ToHaveCountAsync(1);
            await Expect(rule).ToContainTextAsync("/memmachine/v2/memories/search");
            await Expect(rule).ToContainTextAsync("status=503; times=1");
            await Expect(rule.Locator("td").Last).ToHaveTextAsync("1");
            var faulted = RequestRow(page, "fault status=503; times=1");
            await Expect(faulted).ToHaveCountAsync(1);
            await Expect(faulted.Locator(".path")).ToHaveTextAsync("/memmachine/v2/memories/search");
            await Expect(faulted.Locator(".code")).ToHaveTextAsync("503");
            await ScreenshotAsync(page, "fault-rules");
        }
        finally
        {
            fixture.Emulator.Faults.Clear();
        }
    }

    [BrowserFact]
    public async Task Shows_a_whole_session_at_a_glance()
    {
        // An emulator of its own, so the page (and the screenshot docs/emulator.md shows) holds exactly this session.
        await using var emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions
        {
            Mem0ApiKey = DashboardFixture.Mem0Key,
            MemMachineApiKey = DashboardFixture.MemMachineKey,
        });
        using var mem0 = new Mem0Client(new Mem0ClientOptions
        {
            ApiKey = DashboardFixture.Mem0Key,
            BaseAddress = emulator.Mem0BaseAddress,
            Resilience = DashboardFixture.FastRetries,
        });
        using var memMachine = new MemMachineClient(new MemMachineClientOptions
        {
            ApiKey = DashboardFixture.MemMachineKey,
            BaseAddress = emulator.MemMachineBaseAddress,
            Resilience = DashboardFixture.FastRetries,
        });
        var alice = MemoryScope.ForUser("alice");
        await mem0.AddAsync([Mem0Message.User("I am vegetarian and allergic to peanuts.")], alice, Verbatim);
        await mem0.AddAsync([Mem0Message.User("My sister Maya lives in Lisbon.")], alice, Verbatim);
        await mem0.AddAsync([Mem0Message.User("I love hiking in the Alps.")], alice.AndAgent("travel-agent"), Verbatim);
        await mem0.AddAsync([Mem0Message.User("I take my coffee black.")], MemoryScope.ForUser("bob").AndRun("onboarding"), Verbatim);
        await memMachine.AddAsync(
        [
            new MemMachineMessage { Content = "My laptop will not start since the update.", Producer = "carol", Role = "user" },
            new MemMachineMessage { Content = "Hold the power button for ten seconds, then try again.", Producer = "support-bot", Role = "assistant" },
        ], "support-desk");
        emulator.Faults.Add("POST", "/mem0/v3/memories/search/", "status=503; times=1");
        await mem0.SearchAsync("What does Alice eat?", alice);   // the 503 is retried

        var page = await fixture.OpenDashboardAsync(emulator);

        await Expect(page.Locator("#scope-title")).ToHaveTextAsync("Mem0 user “alice”: 3 memories");
        await Expect(MemoryRows(page)).ToHaveCountAsync(3);
        var scopes = page.GetByRole(AriaRole.Navigation, new() { Name = "Scopes" });
        await Expect(scopes.GetByRole(AriaRole.Button, new() { Name = "alice" }).Locator(".badge")).ToHaveTextAsync("3");
        await Expect(scopes.GetByRole(AriaRole.Button, new() { Name = "bob" }).Locator(".badge")).ToHaveTextAsync("1");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Mem0 agents" })).ToContainTextAsync("travel-agent");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Mem0 runs" })).ToContainTextAsync("onboarding");
        await Expect(scopes.GetByRole(AriaRole.Button, new() { Name = "support-desk" }).Locator(".badge")).ToHaveTextAsync("3");
        await Expect(page.Locator("#request-count")).ToHaveTextAsync($"{emulator.RequestLog.Count} requests in the log");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Fault rules" }).Locator("tbody td").Last).ToHaveTextAsync("1");
        var search = RequestRow(page, "/mem0/v3/memories/search/").Filter(new() { HasNotText = "fault" });
        await search.Locator("summary").ClickAsync();
        await Expect(search.Locator("pre.body")).ToContainTextAsync("What does Alice eat?");
        await ScreenshotAsync(page, "dashboard");
    }
}
