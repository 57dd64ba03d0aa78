using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The frame of every page in a real browser, as a reader meets it on a 390 px phone and a 1280 px desktop, in the light and
/// the dark colour scheme, and on paper: nothing scrolls sideways but a table in its own box, the phone header is short with
/// its navigation behind a Menu button, every page passes axe-core beyond AA, and a class prints as the spec alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenAndPrintTests(BrowserFixture browser)
{
    private const int Phone = 390;
    private const int Desktop = 1280;
    private const string ClassPage = "series/customer-service/customer-service-representative/index.html";
    private const string SeriesPage = "series/customer-service-representative/index.html";

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_phone_or_a_desktop_and_a_table_too_wide_scrolls_in_its_own_labelled_box()
    {
        var wide = new List<string>();
        var scrollingBoxes = 0;
        foreach (var width in new[] { Phone, Desktop })
        {
            foreach (var path in SitePages.All(browser))
            {
                var page = await SitePages.OpenAsync(browser, path, width);
                var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (pageWidth > width) wide.Add($"{path} is {pageWidth} px wide at {width} px");

                // A box that scrolls can be reached by keyboard, is named, and shows that there is more to the right.
                foreach (var box in await page.Locator(".table-scroll").AllAsync())
                {
                    if (!await box.EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth")) continue;
                    scrollingBoxes++;
                    Assert.Equal("0", await box.GetAttributeAsync("tabindex"));
                    Assert.False(string.IsNullOrWhiteSpace(await box.GetAttributeAsync("aria-label")), $"{path}: a scrolling table box has no label");
                    await Expect(box).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bmore-right\b"));
                    Assert.NotEqual("none", await box.EvaluateAsync<string>("b => getComputedStyle(b).maskImage"));
                }
                await page.Context.CloseAsync();
            }
        }
        Assert.Empty(wide);
        Assert.True(scrollingBoxes > 0, "the series comparison tables are wider than a phone: some table box should scroll");
    }

    [Fact]
    public async Task On_a_phone_the_header_is_at_most_140_px_tall_and_the_Menu_button_shows_and_hides_the_navigation()
    {
        foreach (var path in SitePages.OnePerType(browser))
        {
            var page = await SitePages.OpenAsync(browser, path, Phone);
            var header = await page.Locator(".site-header").BoundingBoxAsync();
            Assert.True(header!.Height <= 140, $"{path}: the header is {header.Height} px tall on a phone");
            await Expect(page.Locator("#site-search-input")).ToBeVisibleAsync(); // search stays one tap away

            var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
            var series = page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Series", Exact = true });
            await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(menu).ToHaveAttributeAsync("aria-controls", "site-nav");
            await Expect(series).ToBeHiddenAsync();

            await menu.ClickAsync();
            await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(series).ToBeVisibleAsync();
            await menu.ClickAsync();
            await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(series).ToBeHiddenAsync();

            // Escape closes an open menu and puts the focus back on its button.
            await menu.ClickAsync();
            await series.FocusAsync();
            await page.Keyboard.PressAsync("Escape");
            await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(menu).ToBeFocusedAsync();
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task On_a_phone_each_class_card_leads_with_the_class_title()
    {
        // Seen in the phone screenshot: the cards began with "Code 4807" and put the title second.
        var page = await SitePages.OpenAsync(browser, "classes/index.html", Phone);
        var row = page.Locator(".class-table tbody tr").First;

        var title = await row.Locator("th").BoundingBoxAsync();
        var code = await row.Locator("td.code").BoundingBoxAsync();
        Assert.True(title!.Y < code!.Y, $"the title ({title.Y}) should come above the code ({code.Y})");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_desktop_and_without_scripts_the_navigation_shows_and_there_is_no_Menu_button()
    {
        foreach (var (width, javaScript) in new[] { (Desktop, true), (Phone, false) })
        {
            var page = await SitePages.OpenAsync(browser, ClassPage, width, javaScript: javaScript);
            await Expect(page.Locator(".menu-button")).ToBeHiddenAsync();
            await Expect(page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Series", Exact = true })).ToBeVisibleAsync();
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_page_type_passes_axe_at_WCAG_22_AA_with_enhanced_contrast_and_landmarks_in_light_and_dark()
    {
        var found = new StringBuilder();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in new[] { Phone, Desktop })
            {
                foreach (var path in SitePages.OnePerType(browser))
                {
                    var page = await SitePages.OpenAsync(browser, path, width, scheme);
                    foreach (var line in await AxeRules.ViolationsAsync(page, $"{path} ({scheme}, {width} px)")) found.AppendLine(line);
                    await page.Context.CloseAsync();
                }
            }
        }
        Assert.True(found.Length == 0, found.ToString());
    }

    [Fact]
    public async Task A_class_prints_as_the_spec_with_its_title_code_effective_date_and_address_and_without_the_screen_aids()
    {
        var page = await SitePages.OpenAsync(browser, ClassPage, 700);
        // On screen, the comparison with the next level and the paths from this class are there.
        await Expect(page.Locator(".next-level")).ToBeVisibleAsync();
        await Expect(page.Locator(".paths-from-here")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator("h1")).ToHaveTextAsync("Customer Service Representative");
        await Expect(page.Locator(".badge").First).ToHaveTextAsync("Code 4808");
        await Expect(page.Locator("[data-fact='effective'] dd")).ToHaveTextAsync("August 15, 2010");
        await Expect(page.Locator(".print-url")).ToHaveTextAsync("https://rungs.example.org/series/customer-service/customer-service-representative/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Duties", Exact = true })).ToBeVisibleAsync();
        foreach (var screenOnly in new[] { ".site-header", ".site-nav", ".site-search", ".breadcrumbs", ".ladder-nav", ".next-level", ".paths-from-here", ".revision-history", ".site-footer" })
        {
            await Expect(page.Locator(screenOnly)).ToBeHiddenAsync();
        }
        // The title, code and effective date come before the spec's first section, so they are on the first sheet.
        var effective = await page.Locator("[data-fact='effective']").BoundingBoxAsync();
        var duties = await page.GetByRole(AriaRole.Heading, new() { Name = "Duties", Exact = true }).BoundingBoxAsync();
        Assert.True(effective!.Y < duties!.Y);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_invitation_to_compare_a_class_with_any_other_is_on_screen_and_not_on_paper()
    {
        // The top level has no next step: its invitation stands alone on the page, not inside the hidden next-level section.
        var page = await SitePages.OpenAsync(browser, "series/customer-service/customer-service-specialist/index.html", 700);
        var invite = page.Locator(".compare-invite");
        await Expect(invite).ToHaveTextAsync("Compare this class with any other class");
        await Expect(invite).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(invite).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_series_prints_landscape_with_its_ladder_fitting_the_sheet_and_a_class_prints_portrait()
    {
        // Chromium's own PDF output, with the page size the theme's @page rules choose: landscape A4 is 842 × 595 points.
        Assert.True(IsLandscape(await PdfAsync(SeriesPage)), "a series page should print landscape");
        Assert.True(IsLandscape(await PdfAsync("series/customer-service/compare/index.html")), "a series comparison should print landscape");
        Assert.False(IsLandscape(await PdfAsync(ClassPage)), "a class page should print portrait");

        // A4 landscape less the 15 mm margins is 267 mm, 1009 CSS px: the ladder and the comparison fit that width.
        foreach (var path in new[] { SeriesPage, "series/customer-service-representative/compare/index.html" })
        {
            var page = await SitePages.OpenAsync(browser, path, 1009);
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 1009, $"{path} is wider than a landscape sheet");
            await page.Context.CloseAsync();
        }
    }

    private async Task<byte[]> PdfAsync(string path)
    {
        var page = await SitePages.OpenAsync(browser, path, Desktop);
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });
        await page.Context.CloseAsync();
        return pdf;
    }

    /// <summary>Whether the first page of a PDF is wider than tall (its /MediaBox, which Chromium writes uncompressed).</summary>
    private static bool IsLandscape(byte[] pdf)
    {
        var box = System.Text.RegularExpressions.Regex.Match(Encoding.Latin1.GetString(pdf), @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.True(box.Success, "the PDF has no /MediaBox");
        return double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            > double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
