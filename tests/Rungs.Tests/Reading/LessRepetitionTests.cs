using Rungs.Tests.Support;

namespace Rungs.Tests.Reading;

/// <summary>Given small sites, pages say each thing once: KSAs on a series page, a definition's first sentence, the search box.</summary>
public class LessRepetitionTests
{
    private const string Series = """
        ---
        title: Customer Service Series
        ksas: [grammar]
        ---

        ## Series Narrative

        Employees in this series serve campus clients.
        """;

    [Fact]
    public void A_series_whose_own_text_lists_its_KSAs_does_not_list_them_again_from_the_library()
    {
        var page = TestSite.Minimal().With("series/cs/_series.md", Series + """

            ## KSA's

            - Grammar — Rules of composition, punctuation, etc.
            """).BuildClean().Page("series/cs/index.html");

        Assert.Contains("<h2 id=\"ksas\">KSA&#39;s</h2>", page);
        Assert.DoesNotContain("series-ksas", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "Rules of composition"));
    }

    [Fact]
    public void A_series_without_its_own_KSA_list_shows_the_library_list()
    {
        var page = TestSite.Minimal().With("series/cs/_series.md", Series).BuildClean().Page("series/cs/index.html");

        Assert.Contains("id=\"series-ksas\"", page);
        Assert.Contains("Rules of composition, punctuation, etc.", page);
    }

    [Fact]
    public void A_series_whose_summary_section_begins_with_its_summary_does_not_repeat_it_as_the_lead()
    {
        // Seen in the sample's print screenshot: "Interact with customers…" under the title and again as the Summary.
        var page = TestSite.Minimal().With("series/cs/_series.md", """
            ---
            title: Customer Service Series
            summary: Interact with customers to provide information.
            ---

            ## Summary

            Interact with customers to provide information. Resolve complaints.
            """).BuildClean().Page("series/cs/index.html");

        Assert.DoesNotContain("class=\"lead\"", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "Interact with customers to provide information\\. Resolve"));
    }

    [Fact]
    public void A_series_summary_its_text_does_not_say_stays_as_the_lead()
    {
        var page = TestSite.Minimal().BuildClean().Page("series/cs/index.html");

        Assert.Contains("<p class=\"lead\">Customer service work from the entry level up.</p>", page);
    }

    [Fact]
    public void A_competency_whose_definition_begins_with_its_summary_does_not_repeat_it_as_the_lead()
    {
        var site = TestSite.Minimal().With("competencies/communication.md", """
            ---
            title: Communication
            summary: Clearly conveys and receives information.
            ---

            ## Definition

            Clearly conveys and receives information. Listens well.
            """).BuildClean();
        var page = site.Page("competencies/communication/index.html");

        Assert.DoesNotContain("class=\"lead\"", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "Clearly conveys and receives information\\. Listens"));
    }

    [Fact]
    public void A_summary_that_the_page_does_not_otherwise_say_stays_as_the_lead()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.Contains("<p class=\"lead\">Rules of composition, punctuation, etc.</p>", site.Page("ksas/grammar/index.html"));
        Assert.Contains("<p class=\"lead\">High-quality service for complex issues.</p>", site.Page("job-models/client-service/index.html"));
    }

    [Fact]
    public void A_job_model_whose_description_begins_with_its_summary_does_not_repeat_it_as_the_lead()
    {
        var page = TestSite.Minimal().With("job-models/client-service.md", """
            ---
            title: Client Service Specialist
            summary: High-quality service for complex issues.
            classes: [cs-representative]
            ---

            ## Description

            High-quality service for complex issues. They settle complaints.
            """).BuildClean().Page("job-models/client-service/index.html");

        Assert.DoesNotContain("class=\"lead\"", page);
    }

    [Fact]
    public void The_home_page_has_one_search_box()
    {
        var page = TestSite.Minimal().BuildClean().Page("index.html");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "type=\"search\""));
    }

    [Fact]
    public void Class_table_cells_name_their_value_for_phones_where_the_column_headings_are_hidden()
    {
        var page = TestSite.Minimal().BuildClean().Page("classes/index.html");

        Assert.Contains("""<td class="code" data-label="Code">4807</td>""", page);
        Assert.Contains("""<td data-label="Grade">13</td>""", page);
    }
}
