using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The "compare any two classes" page in a real browser, opened from disk (file://) as the sample site is built: a reader
/// picks two classes, or opens a shared address, and sees the same comparison the level-to-level pages show.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComparePageTests(BrowserFixture browser)
{
    private const string Page = "compare/index.html";

    [Fact]
    public async Task Picking_two_classes_shows_the_fields_that_change_and_puts_the_pair_in_the_address()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page));

        await page.SelectOptionAsync("#compare-a", "customer-service-specialist");
        await page.SelectOptionAsync("#compare-b", "customer-service-representative-3");

        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("From Customer Service Specialist to Customer Service Representative 3");
        await ExpectField(page, "grade", "Pay grade", "not stated", "16");
        await ExpectField(page, "flsa", "FLSA status", "not stated", "Non-exempt");
        await ExpectField(page, "code", "Job code", "4809", "AUN08330");
        await Expect(page.Locator("#compare-result")).ToContainTextAsync("Compared Customer Service Specialist with Customer Service Representative 3:");
        Assert.EndsWith("compare/index.html?a=customer-service-specialist&b=customer-service-representative-3", page.Url);

        // Class links work from disk: they name index.html.
        var after = page.Locator("#compare-view .lead a").Nth(1);
        Assert.EndsWith("series/customer-service-representative/customer-service-representative-3/index.html", await after.GetAttributeAsync("href"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_shared_address_shows_reworded_duties_word_by_word_and_the_duties_that_carry_over()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?a=customer-service-assistant&b=customer-service-representative"));

        await Expect(page.Locator("#compare-a")).ToHaveValueAsync("customer-service-assistant");
        await Expect(page.Locator("#compare-b")).ToHaveValueAsync("customer-service-representative");
        var duty = page.Locator("#compare-view li.item-reworded", new() { HasTextString = "responds to" });
        await Expect(duty).ToHaveCountAsync(1);
        await Expect(duty.Locator("del").First).ToHaveTextAsync("removed: routine");
        await Expect(duty.Locator("ins").First).ToHaveTextAsync("added: complex");
        await Expect(duty.Locator(".tag")).ToHaveTextAsync("Reworded");
        await Expect(page.Locator("#diff-duties ~ .inherited")).ToHaveTextAsync(
            "Customer Service Representative includes the work of Customer Service Assistant, so its 11 other duties carry over.");
        await Expect(page.Locator("#diff-duties ~ .diff-counts")).ToContainTextAsync("4 added");
        await Expect(page.Locator("#diff-duties ~ details li.item-inherited")).ToHaveCountAsync(11);
        // The full view: unchanged items are listed too.
        await Expect(page.Locator("#diff-ksas ~ .item-diff li.item-unchanged")).ToHaveCountAsync(7);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_class_the_same_class_twice_and_missing_data_each_get_a_clear_message()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?a=no-such-class&b=customer-service-assistant"));
        await Expect(page.Locator("#compare-result")).ToContainTextAsync("There is no class “no-such-class” on this site.");
        await Expect(page.Locator("#compare-view")).ToBeEmptyAsync();

        await page.GotoAsync(browser.Url(Page, "?a=customer-service-assistant&b=customer-service-assistant"));
        await Expect(page.Locator("#compare-result")).ToContainTextAsync("You picked Customer Service Assistant (4807) twice.");

        // A class whose data file is gone (a half-copied site) is named, and the page stays usable.
        var data = browser.Site.Combine("api", "series", "customer-service-specialist.js");
        File.Move(data, data + ".hidden");
        try
        {
            await page.SelectOptionAsync("#compare-b", "customer-service-specialist-principal");
            await Expect(page.Locator("#compare-result")).ToContainTextAsync(
                "The data for Customer Service Specialist Principal could not be loaded (api/series/customer-service-specialist.js)");
        }
        finally
        {
            File.Move(data + ".hidden", data);
        }

        await page.SelectOptionAsync("#compare-b", "customer-service-representative");
        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("From Customer Service Assistant to Customer Service Representative");
        // The only error is the browser's own report of the missing file.
        Assert.All(errors, e => Assert.Contains("Failed to load resource", e));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Text_from_the_data_is_shown_as_text_never_parsed_as_markup()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page));
        var record = JsonNode.Parse(File.ReadAllText(browser.Site.Combine("api", "classes", "customer-service-assistant.json")))!;
        record["title"] = "<img src=x id=injected> Assistant";
        record["sections"]!.AsArray().First(s => (string)s!["kind"]! == "duties")!["items"]![0]!["text"] = "<b id=bold>answers</b> calls";

        // Registered before the page asks for it, the way its series' data script registers it.
        await page.EvaluateAsync("json => (window.RungsData = window.RungsData || []).push({ schema: 'rungs.series-data/1', series: 'customer-service', classes: [JSON.parse(json)], stems: {} })",
            record.ToJsonString());
        await page.SelectOptionAsync("#compare-a", "customer-service-assistant");
        await page.SelectOptionAsync("#compare-b", "customer-service-representative");

        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("From <img src=x id=injected> Assistant to Customer Service Representative");
        await Expect(page.Locator("#compare-view")).ToContainTextAsync("<b id=bold>answers</b> calls");
        await Expect(page.Locator("#injected, #bold")).ToHaveCountAsync(0);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Across_series_sections_are_paired_by_kind_so_duties_meet_examples_of_work()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?a=customer-service-representative&b=customer-service-specialist-principal"));

        // One duties section, under the second class's heading, compared item by item; never a "Duties" section of
        // nine removals beside an "Examples of Work" section of six additions.
        await Expect(page.Locator("#compare-view h3#diff-duties")).ToHaveTextAsync("Examples of Work");
        await Expect(page.Locator("#compare-view h3", new() { HasTextRegex = new("^Duties$") })).ToHaveCountAsync(0);
        await Expect(page.Locator("#diff-duties ~ .item-diff li")).ToHaveCountAsync(15);
        await Expect(page.Locator("#compare-view h3#diff-ksas")).ToHaveCountAsync(1);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task What_one_class_does_not_state_reads_not_stated_never_none_or_removed()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?a=customer-service-representative&b=customer-service-representative-2"));

        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("From Customer Service Representative to Customer Service Representative 2");
        await ExpectField(page, "grade", "Pay grade", "not stated", "15");
        await ExpectField(page, "supervision-exercised", "Supervision exercised", "not stated", "None");
        // The state's spec has no KSA or duties list: its side is "not stated", and the other class's items are listed as they stand.
        foreach (var (id, count) in new[] { ("ksas", 7), ("duties", 9) })
        {
            await Expect(page.Locator($"#diff-{id} ~ .not-stated-note")).ToHaveTextAsync(
                "Not stated in Customer Service Representative 2; Customer Service Representative says:");
            await Expect(page.Locator($"#diff-{id} ~ .stated .item-list li")).ToHaveCountAsync(count);
        }

        await Expect(page.Locator("#compare-view .item-removed")).ToHaveCountAsync(0);
        await Expect(page.Locator("#compare-view")).Not.ToContainTextAsync("none");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_announced_summary_says_a_class_that_links_no_KSAs_does_not_state_them_rather_than_dropping_them()
    {
        // Seen failing before: "0 KSAs added, 7 dropped", while the page itself said "Not stated".
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?a=customer-service-representative&b=customer-service-specialist-senior"));

        await Expect(page.Locator("#compare-result")).ToContainTextAsync("KSAs not stated in Customer Service Specialist Senior");
        await Expect(page.Locator("#compare-result")).Not.ToContainTextAsync("dropped");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_two_classes_can_be_shown_side_by_side_in_columns_that_stack_on_a_phone()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?a=customer-service-representative&b=customer-service-specialist-principal"));
        await Expect(page.Locator("#compare-view h3#diff-duties")).ToHaveCountAsync(1);

        await page.GetByLabel("Show the two classes side by side").CheckAsync();

        var duties = page.Locator("section.compare-row:has(#side-duties) .compare-column");
        await Expect(page.Locator("#side-duties")).ToHaveTextAsync("Examples of Work");
        await Expect(duties).ToHaveCountAsync(2);
        await Expect(duties.Nth(0).Locator(".column-label")).ToHaveTextAsync("Customer Service Representative · Duties");
        await Expect(duties.Nth(0).Locator("li")).ToHaveCountAsync(9);
        await Expect(duties.Nth(1).Locator(".column-label")).ToHaveTextAsync("Customer Service Specialist Principal");
        await Expect(duties.Nth(1).Locator("li")).ToHaveCountAsync(6);
        var grade = page.Locator("section.compare-row:has(#side-facts) .compare-column [data-field=\"supervision-received\"] dd");
        await Expect(grade).ToHaveTextAsync(["General supervision from higher level personnel", "Limited supervision"]);
        Assert.Contains("view=columns", page.Url);

        // Desktop: the columns sit side by side.
        var left = (await duties.Nth(0).BoundingBoxAsync())!;
        var right = (await duties.Nth(1).BoundingBoxAsync())!;
        Assert.True(right.X >= left.X + left.Width && Math.Abs(right.Y - left.Y) < 1, $"columns at ({left.X},{left.Y}) and ({right.X},{right.Y})");

        // A phone: the second class comes below the first, and nothing scrolls sideways.
        await page.SetViewportSizeAsync(390, 844);
        left = (await duties.Nth(0).BoundingBoxAsync())!;
        right = (await duties.Nth(1).BoundingBoxAsync())!;
        Assert.True(right.Y >= left.Y + left.Height, $"on a phone the columns should stack: ({left.X},{left.Y}) and ({right.X},{right.Y})");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the side-by-side view scrolls sideways on a phone");

        // The view is in the address: opening it again shows columns straight away.
        await page.GotoAsync(page.Url);
        await Expect(page.Locator("#compare-columns")).ToBeCheckedAsync();
        await Expect(page.Locator("section.compare-row")).Not.ToHaveCountAsync(0);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    private static async Task ExpectField(IPage page, string id, string label, string before, string after)
    {
        var field = page.Locator($"#compare-view .field-changes [data-field=\"{id}\"]");
        await Expect(field.Locator("dt")).ToHaveTextAsync(label);
        await Expect(field.Locator(".before")).ToHaveTextAsync(before);
        await Expect(field.Locator(".after")).ToHaveTextAsync(after);
    }
}
