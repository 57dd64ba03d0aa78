using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>
/// Given the minimal test site (series `cs`: CS Assistant, level 1, and CS Representative, level 2, which
/// differs from the assistant and includes its work), a class page shows every fact of the spec and the
/// links around it.
/// </summary>
public class ClassPageTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => TestSite.Minimal().BuildClean());
    private const string Assistant = "series/cs/cs-assistant/index.html";
    private const string Representative = "series/cs/cs-representative/index.html";

    [Fact]
    public void The_class_page_lives_under_its_series()
    {
        Assert.True(Site.Value.Has(Assistant));
        Assert.True(Site.Value.Has(Representative));
    }

    [Fact]
    public void The_page_shows_the_title_code_grade_and_FLSA_status_as_badges_and_facts()
    {
        var page = Site.Value.Page(Assistant);

        Assert.Contains("<h1>CS Assistant</h1>", page);
        Assert.Contains("<title>CS Assistant · Test Specs</title>", page);
        Assert.Contains("""<span class="badge">Code 4807</span>""", page);
        Assert.Contains("""<span class="badge">Grade 13</span>""", page);
        Assert.Contains("""<span class="badge">Non-exempt</span>""", page);
        Assert.Equal("4807", Html.Fact(page, "code"));
        Assert.Equal("13", Html.Fact(page, "grade"));
        Assert.Equal("Non-exempt", Html.Fact(page, "flsa"));
        Assert.Equal("Exempt", Html.Fact(Site.Value.Page(Representative), "flsa"));
    }

    [Fact]
    public void The_effective_date_reads_as_words_and_carries_the_ISO_date_for_machines()
    {
        var page = Site.Value.Page(Assistant);

        Assert.Equal("August 15, 2010", Html.Fact(page, "effective"));
        Assert.Contains("""<time datetime="2010-08-15">August 15, 2010</time>""", page);
    }

    [Fact]
    public void The_level_fact_gives_the_label_and_the_rung_of_the_series()
    {
        Assert.Equal("Level I (level 1 of the series)", Html.Fact(Site.Value.Page(Assistant), "level"));
        Assert.Equal("Level II (level 2 of the series)", Html.Fact(Site.Value.Page(Representative), "level"));
    }

    [Fact]
    public void Series_facts_such_as_the_promotional_line_are_shown_on_every_class_of_the_series()
    {
        Assert.Equal("343", Html.Fact(Site.Value.Page(Assistant), "promotional-line"));
        Assert.Equal("343", Html.Fact(Site.Value.Page(Representative), "promotional-line"));
    }

    [Fact]
    public void The_series_fact_links_to_the_series_page()
    {
        Assert.Contains("""<dd><a href="../../../series/cs/index.html">Customer Service Series</a></dd>""", Site.Value.Page(Assistant));
    }

    [Fact]
    public void Duties_are_listed_item_by_item_in_a_duties_section()
    {
        var page = Site.Value.Page(Assistant);

        var duties = Html.Element(page, "section", "aria-labelledby=\"duties\"");
        Assert.Contains("<h2 id=\"duties\">Duties</h2>", duties);
        Assert.Contains("<li>answers routine inquiries from clients</li>", duties);
        Assert.Contains("<li>greets visitors and directs them</li>", duties);
    }

    [Fact]
    public void The_summary_section_is_shown_and_its_first_line_is_the_page_description()
    {
        var page = Site.Value.Page(Assistant);

        Assert.Contains("<h2 id=\"summary\">Summary</h2>", page);
        Assert.Contains("""<meta name="description" content="Entry level assistants who answer routine questions.">""", page);
    }

    [Fact]
    public void The_breadcrumb_leads_home_then_to_the_series_list_then_to_the_series()
    {
        var crumbs = Html.Element(Site.Value.Page(Assistant), "nav", "class=\"breadcrumbs");

        Assert.Equal(
            [
                """<li><a href="../../../index.html">Home</a></li>""",
                """<li><a href="../../../series/index.html">Series</a></li>""",
                """<li><a href="../../../series/cs/index.html">Customer Service Series</a></li>""",
                """<li><span aria-current="page">CS Assistant</span></li>""",
            ],
            crumbs.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("<li>", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_entry_level_links_to_the_next_level_and_says_it_is_the_entry_level()
    {
        var ladder = Html.Element(Site.Value.Page(Assistant), "nav", "class=\"ladder-nav\"");

        Assert.Contains("Entry level of the series", ladder);
        Assert.Contains("""<a class="ladder-next" rel="next" href="../../../series/cs/cs-representative/index.html">""", ladder);
        Assert.DoesNotContain("rel=\"prev\"", ladder);
    }

    [Fact]
    public void The_top_level_links_to_the_previous_level_and_says_it_is_the_top_level()
    {
        var ladder = Html.Element(Site.Value.Page(Representative), "nav", "class=\"ladder-nav\"");

        Assert.Contains("""<a class="ladder-prev" rel="prev" href="../../../series/cs/cs-assistant/index.html">""", ladder);
        Assert.Contains("Top level of the series", ladder);
        Assert.DoesNotContain("rel=\"next\"", ladder);
    }

    [Fact]
    public void A_middle_level_links_both_ways()
    {
        var site = TestSite.Minimal().With("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: 3\n---\n").BuildClean();

        var ladder = Html.Element(site.Page(Representative), "nav", "class=\"ladder-nav\"");
        Assert.Contains("""rel="prev" href="../../../series/cs/cs-assistant/index.html">""", ladder);
        Assert.Contains("""rel="next" href="../../../series/cs/cs-specialist/index.html">""", ladder);
    }

    [Fact]
    public void Levels_are_ordered_by_level_number_not_by_file_name()
    {
        // "cs-aide" sorts before "cs-assistant" by name, but it is level 3.
        var site = TestSite.Minimal().With("series/cs/cs-aide.md", "---\ntitle: CS Aide\nlevel: 3\n---\n").BuildClean();

        var ladder = Html.Element(site.Page(Representative), "nav", "class=\"ladder-nav\"");
        Assert.Contains("""rel="next" href="../../../series/cs/cs-aide/index.html">""", ladder);
    }

    [Fact]
    public void Linked_KSAs_are_shown_with_their_definition_and_kind()
    {
        var section = Html.Element(Site.Value.Page(Assistant), "section", "aria-labelledby=\"linked-ksas\"");

        Assert.Contains("""<a href="../../../ksas/grammar/index.html">Grammar</a>""", section);
        Assert.Contains("<p>Rules of composition, punctuation, etc.</p>", section);
        Assert.Contains("""<span class="tag">Knowledge</span>""", section);
    }

    [Fact]
    public void KSAs_a_series_asks_of_every_class_are_shown_on_the_class_and_marked_as_whole_series()
    {
        var site = TestSite.Minimal()
            .With("ksas/speaking.md", "---\ntitle: Speaking\nsummary: Talking to others to convey information.\n---\n")
            .With("series/cs/_series.md", "---\ntitle: Customer Service Series\nksas: [speaking]\n---\n")
            .BuildClean();

        var section = Html.Element(site.Page(Assistant), "section", "aria-labelledby=\"linked-ksas\"");
        Assert.Contains("""<a href="../../../ksas/speaking/index.html">Speaking</a>""", section);
        Assert.Contains("""<span class="tag">whole series</span>""", section);
        Assert.Contains("Talking to others to convey information.", section);
    }

    [Fact]
    public void Linked_competencies_are_shown_with_their_summary()
    {
        var section = Html.Element(Site.Value.Page(Assistant), "section", "aria-labelledby=\"linked-competencies\"");

        Assert.Contains("""<a href="../../../competencies/communication/index.html">Communication</a>""", section);
        Assert.Contains("Clearly conveys and receives information.", section);
    }

    [Fact]
    public void The_lower_level_work_note_links_the_level_below()
    {
        var page = Site.Value.Page(Representative);

        Assert.Contains("""<p class="note" data-note="lower-level-work">This class also performs the work of the level below: <a href="../../../series/cs/cs-assistant/index.html">CS Assistant</a>.""", page);
        Assert.DoesNotContain("data-note=\"lower-level-work\"", Site.Value.Page(Assistant));
    }

    [Fact]
    public void Differs_from_is_shown_on_the_class_that_names_it_and_on_the_class_it_names()
    {
        var representative = Html.Element(Site.Value.Page(Representative), "section", "aria-labelledby=\"related-classes\"");
        var assistant = Html.Element(Site.Value.Page(Assistant), "section", "aria-labelledby=\"related-classes\"");

        Assert.Contains("This class is distinguished from:", representative);
        Assert.Contains("""<a href="../../../series/cs/cs-assistant/index.html">CS Assistant</a> <span class="muted">— Level I, Customer Service Series</span>""", representative);
        Assert.Contains("These classes describe how they differ from this one:", assistant);
        Assert.Contains("""<a href="../../../series/cs/cs-representative/index.html">CS Representative</a> <span class="muted">— Level II, Customer Service Series</span>""", assistant);
    }

    [Fact]
    public void A_class_lists_the_job_models_that_apply_to_it()
    {
        var section = Html.Element(Site.Value.Page(Representative), "section", "aria-labelledby=\"linked-job-models\"");

        Assert.Contains("""<a href="../../../job-models/client-service/index.html">Client Service Specialist</a>""", section);
        Assert.DoesNotContain("linked-job-models", Site.Value.Page(Assistant));
    }

    [Fact]
    public void Optional_facts_that_are_not_given_are_left_out_rather_than_shown_empty()
    {
        var page = Site.Value.Page(Representative);

        Assert.Null(Html.Fact(page, "effective"));
        Assert.Null(Html.Fact(page, "hris-title"));
        Assert.Null(Html.Fact(page, "probation"));
        Assert.DoesNotContain("<dd></dd>", page);
    }

    [Fact]
    public void Every_other_class_field_appears_under_its_own_label()
    {
        var site = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            level: 3
            hris_title: CUST SVC SPEC
            probation: 6 months
            last_action: Revised
            aliases: [Customer Care Lead]
            example_positions: [Help Desk Lead]
            supervision_received: General supervision
            supervision_exercised: May supervise subordinate employees
            decision_authority: Interprets policies
            budget_responsibility: None
            licensure: Some positions require certification
            other_preferences: Varies by position
            ---
            """).BuildClean();

        var page = site.Page("series/cs/cs-specialist/index.html");
        Assert.Equal("CUST SVC SPEC", Html.Fact(page, "hris-title"));
        Assert.Equal("6 months", Html.Fact(page, "probation"));
        Assert.Equal("Revised", Html.Fact(page, "last-action"));
        Assert.Equal("General supervision", Html.Fact(page, "supervision-received"));
        Assert.Equal("May supervise subordinate employees", Html.Fact(page, "supervision-exercised"));
        Assert.Equal("Interprets policies", Html.Fact(page, "decision-authority"));
        Assert.Equal("None", Html.Fact(page, "budget-responsibility"));
        Assert.Equal("Some positions require certification", Html.Fact(page, "licensure"));
        Assert.Equal("Varies by position", Html.Fact(page, "other-preferences"));
        var text = Html.TextOf(page);
        Assert.Contains("Also known as Customer Care Lead", text);
        Assert.Contains("Example positions Help Desk Lead", text);
    }

    [Fact]
    public void Text_from_the_content_is_escaped_not_injected_as_HTML()
    {
        var site = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: "CS <Specialist> & Co"
            level: 3
            grade: "<b>16</b>"
            ---

            ## Duties

            - <script>alert(1)</script> handles escalations
            """).BuildClean();

        var page = site.Page("series/cs/cs-specialist/index.html");
        Assert.Contains("<h1>CS &lt;Specialist&gt; &amp; Co</h1>", page);
        Assert.Equal("<b>16</b>", Html.Fact(page, "grade"));
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<b>16</b>", page);
    }
}
