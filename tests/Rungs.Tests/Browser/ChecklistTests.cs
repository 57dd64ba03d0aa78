using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The personal gap checklist on the compare page (`view=checklist`), opened from disk (file://) as the sample site is built:
/// what the target class asks that the current class does not, ticks kept in the browser per pair, printed, copied as text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChecklistTests(BrowserFixture browser)
{
    private const string Page = "compare/index.html";
    private const string RepresentativeToSpecialist = "?a=customer-service-representative&b=customer-service-specialist&view=checklist";
    private const string Step = "series/customer-service/compare/customer-service-representative..customer-service-specialist/index.html";

    [Fact]
    public async Task Make_this_my_checklist_on_a_step_page_lists_what_the_specialist_asks_that_the_representative_does_not()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Step));

        await page.GetByRole(AriaRole.Link, new() { Name = "Make this my checklist" }).ClickAsync();

        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("My checklist: from Customer Service Representative to Customer Service Specialist");
        await Expect(page.Locator("#compare-checklist")).ToBeCheckedAsync();
        Assert.EndsWith("compare/index.html" + RepresentativeToSpecialist, page.Url);
        await ExpectItem(page, "KSAs", "Supervision");
        await ExpectItem(page, "Minimum Qualifications", "One (1) year (12 months) of work experience comparable to that gained as a Customer Service Representative");
        await ExpectItem(page, "Duties", "interviews, hires, trains, assigns, and reviews work and evaluates assigned staff");
        await ExpectItem(page, "Duties", "organizes quality customer satisfaction programs");
        await ExpectItem(page, "Supervision exercised", "May supervise subordinate employees");
        // What the representative already asks is not on the list: the KSAs both link, the duties both list.
        await Expect(Items(page).Filter(new() { HasTextString = "Grammar" })).ToHaveCountAsync(0);
        await Expect(Items(page).Filter(new() { HasTextString = "performs other related duties as assigned" })).ToHaveCountAsync(0);
        await Expect(Items(page).Filter(new() { HasTextString = "High school graduation" })).ToHaveCountAsync(0);
        await Expect(Items(page)).ToHaveCountAsync(13);
        await Expect(page.Locator("#compare-result")).ToHaveTextAsync(
            "Checklist from Customer Service Representative to Customer Service Specialist: 13 items Customer Service Specialist asks that Customer Service Representative does not.");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Ticks_survive_a_reload_each_pair_has_its_own_and_the_address_never_holds_them()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, RepresentativeToSpecialist));
        var supervision = page.GetByLabel("KSAs Supervision");
        await supervision.CheckAsync();
        await page.GetByLabel("Supervision exercised May supervise subordinate employees").CheckAsync();
        Assert.EndsWith(RepresentativeToSpecialist, page.Url);

        await page.ReloadAsync();
        await Expect(page.GetByLabel("KSAs Supervision")).ToBeCheckedAsync();
        await Expect(page.Locator(".checklist input:checked")).ToHaveCountAsync(2);
        Assert.Equal("[\"KSAs: Supervision\",\"Supervision exercised: May supervise subordinate employees\"]",
            await page.EvaluateAsync<string>("() => localStorage.getItem('rungs-checklist:customer-service-representative..customer-service-specialist')"));

        // Another pair starts unticked, though it asks for supervision too; the first pair keeps its ticks.
        await page.SelectOptionAsync("#compare-a", "customer-service-assistant");
        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("My checklist: from Customer Service Assistant to Customer Service Specialist");
        await Expect(page.GetByLabel("KSAs Supervision")).Not.ToBeCheckedAsync();
        await Expect(page.Locator(".checklist input:checked")).ToHaveCountAsync(0);
        await page.SelectOptionAsync("#compare-a", "customer-service-representative");
        await Expect(page.Locator(".checklist input:checked")).ToHaveCountAsync(2);

        // Unticking is kept too; `#checklist` opens the checklist view.
        await page.GetByLabel("KSAs Supervision").UncheckAsync();
        await page.GotoAsync(browser.Url(Page, "?a=customer-service-representative&b=customer-service-specialist#checklist"));
        await Expect(page.Locator("#compare-checklist")).ToBeCheckedAsync();
        await Expect(page.Locator(".checklist input:checked")).ToHaveCountAsync(1);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Printed_the_checklist_shows_its_items_as_boxes_without_the_pickers_buttons_or_site_chrome()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, RepresentativeToSpecialist));
        await page.GetByLabel("KSAs Supervision").CheckAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator("#compare-view h2")).ToBeVisibleAsync();
        await Expect(Items(page)).ToHaveCountAsync(13);
        foreach (var item in await Items(page).AllAsync()) await Expect(item).ToBeVisibleAsync();
        foreach (var screenOnly in new[] { ".site-header", ".compare-form", ".compare-toggle", "#compare-result", ".checklist-actions", "#series-comparisons", ".site-footer" })
        {
            await Expect(page.Locator(screenOnly)).ToBeHiddenAsync();
        }
        // Plain boxes, the ticked one marked.
        var box = page.GetByLabel("KSAs Supervision");
        Assert.Equal("none", await box.EvaluateAsync<string>("b => getComputedStyle(b).appearance"));
        Assert.Equal("\"✓\"", await box.EvaluateAsync<string>("b => getComputedStyle(b, '::before').content"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Copy_as_text_puts_one_line_per_item_with_its_tick_and_source_on_the_clipboard_or_selects_it_to_copy_by_hand()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, RepresentativeToSpecialist));
        // What the page hands the Clipboard API, caught before it reaches the system clipboard.
        await page.EvaluateAsync("() => { window.copied = null; navigator.clipboard.writeText = (text) => { window.copied = text; return Promise.resolve(); }; }");
        await page.GetByLabel("KSAs Supervision").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy as text" }).ClickAsync();

        await Expect(page.Locator(".checklist-status")).ToHaveTextAsync("Copied the checklist as text.");
        var text = await page.EvaluateAsync<string>("() => window.copied");
        var lines = text.Split('\n');
        Assert.Equal("My checklist: from Customer Service Representative to Customer Service Specialist", lines[0]);
        Assert.EndsWith(RepresentativeToSpecialist, lines[1]);
        Assert.Contains("[x] KSAs: Supervision", lines);
        Assert.Contains("[ ] Minimum Qualifications: One (1) year (12 months) of work experience comparable to that gained as a Customer Service Representative", lines);
        Assert.Contains("[ ] Supervision exercised: May supervise subordinate employees", lines);

        // No Clipboard API (or no permission): the same text, shown and selected, to copy by hand.
        await page.EvaluateAsync("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy as text" }).ClickAsync();
        var manual = page.GetByLabel("The checklist as text");
        await Expect(manual).ToBeVisibleAsync();
        await Expect(manual).ToBeFocusedAsync();
        Assert.Equal(text, await manual.InputValueAsync());
        Assert.Equal(text.Length, await manual.EvaluateAsync<int>("t => t.selectionEnd - t.selectionStart"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task When_the_browser_refuses_storage_the_checklist_still_works_and_says_the_ticks_are_not_kept()
    {
        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        await page.AddInitScriptAsync("Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });");
        await page.GotoAsync(browser.Url(Page, RepresentativeToSpecialist));

        await Expect(Items(page)).ToHaveCountAsync(13);
        await page.GetByLabel("KSAs Supervision").CheckAsync();
        await Expect(page.GetByLabel("KSAs Supervision")).ToBeCheckedAsync();
        await Expect(page.Locator(".checklist-status")).ToHaveTextAsync("This browser does not keep ticks for this page: they last until you leave it.");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_checklist_passes_axe_in_light_and_dark_and_does_not_scroll_sideways_on_a_phone()
    {
        var found = new StringBuilder();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await SitePages.OpenAsync(browser, Page, width, scheme);
                await page.GotoAsync(browser.Url(Page, RepresentativeToSpecialist));
                await Expect(Items(page)).ToHaveCountAsync(13);
                await page.GetByLabel("KSAs Supervision").CheckAsync();
                foreach (var line in await AxeRules.ViolationsAsync(page, $"{scheme}, {width} px")) found.AppendLine(line);
                var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (pageWidth > width) found.AppendLine($"{scheme}: the checklist is {pageWidth} px wide at {width} px");
                await page.Context.CloseAsync();
            }
        }
        Assert.True(found.Length == 0, found.ToString());
    }

    private static ILocator Items(IPage page) => page.Locator("#compare-view .checklist li");

    private static async Task ExpectItem(IPage page, string source, string text)
    {
        // The box's name is its label: the source section's tag, then the item.
        var box = page.GetByLabel(source + " " + text, new() { Exact = true });
        await Expect(box).ToHaveCountAsync(1);
        await Expect(box).Not.ToBeCheckedAsync();
    }
}
