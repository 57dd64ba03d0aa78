using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>
/// Competency, KSA and job-model pages show their own text and link back to every class, series and
/// job model that uses them.
/// </summary>
public class LibraryPageTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => TestSite.Minimal().BuildClean());

    [Fact]
    public void A_competency_page_shows_its_definition_and_performance_levels()
    {
        var page = Site.Value.Page("competencies/communication/index.html");

        Assert.Contains("<h1>Communication</h1>", page);
        Assert.Contains("""<p class="lead">Clearly conveys and receives information.</p>""", page);
        Assert.Contains("<h2 id=\"definition\">Definition</h2>", page);
        Assert.Contains("<h2 id=\"exemplary-performance\">Exemplary Performance</h2>", page);
        Assert.Contains("<p>Communications are consistently error free.</p>", page);
        Assert.Contains("<h2 id=\"below-target-performance\">Below Target Performance</h2>", page);
        Assert.Contains("<p>Fails to listen and share feedback.</p>", page);
    }

    [Fact]
    public void A_competency_page_links_back_to_the_classes_and_job_models_that_use_it()
    {
        var usedBy = Html.Element(Site.Value.Page("competencies/communication/index.html"), "section", "aria-labelledby=\"used-by\"");

        Assert.Contains("""<a href="../../series/cs/cs-assistant/index.html">CS Assistant</a>""", usedBy);
        Assert.DoesNotContain("cs-representative", usedBy);
        Assert.Contains("""<a href="../../job-models/client-service/index.html">Client Service Specialist</a>""", usedBy);
    }

    [Fact]
    public void A_competency_a_series_asks_for_links_back_to_the_series_and_each_of_its_classes()
    {
        var site = TestSite.Minimal()
            .With("series/cs/_series.md", "---\ntitle: Customer Service Series\ncompetencies: [communication]\n---\n")
            .BuildClean();

        var usedBy = Html.Element(site.Page("competencies/communication/index.html"), "section", "aria-labelledby=\"used-by\"");
        Assert.Contains("""<a href="../../series/cs/index.html">Customer Service Series</a>""", usedBy);
        Assert.Contains("""<a href="../../series/cs/cs-assistant/index.html">CS Assistant</a>""", usedBy);
        Assert.Contains("""<a href="../../series/cs/cs-representative/index.html">CS Representative</a>""", usedBy);
    }

    [Fact]
    public void A_KSA_page_shows_its_kind_and_definition_and_links_back_to_every_class_that_asks_for_it()
    {
        var page = Site.Value.Page("ksas/grammar/index.html");

        Assert.Contains("""<p class="eyebrow">Knowledge</p>""", page);
        Assert.Contains("""<p class="lead">Rules of composition, punctuation, etc.</p>""", page);
        var usedBy = Html.Element(page, "section", "aria-labelledby=\"used-by\"");
        Assert.Contains("""<a href="../../series/cs/cs-assistant/index.html">CS Assistant</a>""", usedBy);
        Assert.Contains("""<a href="../../series/cs/cs-representative/index.html">CS Representative</a>""", usedBy);
    }

    [Fact]
    public void A_KSA_nobody_uses_says_so()
    {
        var site = TestSite.Minimal().With("ksas/typing.md", "---\ntitle: Typing\n---\n").BuildClean();

        var page = site.Page("ksas/typing/index.html");
        Assert.Contains("No class, series or job model refers to this yet.", page);
        Assert.Contains("Knowledge, skill or ability", page);
    }

    [Fact]
    public void A_job_model_page_shows_its_example_positions()
    {
        var section = Html.Element(Site.Value.Page("job-models/client-service/index.html"), "section", "aria-labelledby=\"example-positions\"");

        Assert.Contains("<li>Roving Teller</li>", section);
        Assert.Contains("<li>Help Desk Technician</li>", section);
    }

    [Fact]
    public void A_job_model_page_lists_its_competencies_and_representative_behaviours()
    {
        var page = Site.Value.Page("job-models/client-service/index.html");

        var competencies = Html.Element(page, "section", "aria-labelledby=\"model-competencies\"");
        Assert.Contains("""<a href="../../competencies/communication/index.html">Communication</a>""", competencies);
        var behaviours = Html.Element(page, "section", "aria-labelledby=\"representative-behaviours\"");
        Assert.Contains("<li>Recognizes problems, issues, and opportunities</li>", behaviours);
        Assert.Contains("<li>Bounces back quickly from mistakes</li>", behaviours);
    }

    [Fact]
    public void A_job_model_page_links_the_classes_it_applies_to()
    {
        var page = Site.Value.Page("job-models/client-service/index.html");

        Assert.Contains("""<a href="../../series/cs/cs-representative/index.html">CS Representative</a>""", page);
    }

    [Fact]
    public void The_competency_index_groups_competencies_by_their_model()
    {
        var site = TestSite.Minimal()
            .With("competencies/accountability.md", "---\ntitle: Accountability\ngroup: Client Service Specialist job model\n---\n")
            .BuildClean();

        var text = site.Text("competencies/index.html");
        Assert.Contains("Client Service Specialist job model Accountability", text);
        Assert.Contains("Front-line customer service Communication", text);
    }

    [Fact]
    public void The_KSA_and_job_model_indexes_link_every_item()
    {
        Assert.Contains("""<a href="../ksas/grammar/index.html">Grammar</a>""", Site.Value.Page("ksas/index.html"));
        Assert.Contains("""<a href="../job-models/client-service/index.html">Client Service Specialist</a>""", Site.Value.Page("job-models/index.html"));
    }
}
