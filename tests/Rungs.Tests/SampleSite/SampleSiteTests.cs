using Rungs.Tests.Support;

namespace Rungs.Tests.SampleSite;

/// <summary>
/// The sample site in content/ is the real seed material: it builds with no errors and no warnings, and the
/// facts of every seed document reach the page a reader would look for them on.
/// </summary>
public class SampleSiteTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => new BuiltSite(SampleContent.Result));

    private const string CsAssistant = "series/customer-service/customer-service-assistant/index.html";
    private const string CsRepresentative = "series/customer-service/customer-service-representative/index.html";
    private const string CsSpecialist = "series/customer-service/customer-service-specialist/index.html";
    private const string CsSeries = "series/customer-service/index.html";
    private const string Rep1 = "series/customer-service-representative/customer-service-representative-1/index.html";
    private const string Rep2 = "series/customer-service-representative/customer-service-representative-2/index.html";
    private const string Rep3 = "series/customer-service-representative/customer-service-representative-3/index.html";
    private const string Rep4 = "series/customer-service-representative/customer-service-representative-4/index.html";
    private const string RepSeries = "series/customer-service-representative/index.html";
    private const string Senior = "series/customer-service-specialist/customer-service-specialist-senior/index.html";
    private const string Principal = "series/customer-service-specialist/customer-service-specialist-principal/index.html";
    private const string JobModel = "job-models/client-service-specialist/index.html";
    private const string AllClasses = "classes/index.html";

    [Fact]
    public void The_sample_site_builds_with_no_errors_and_no_warnings()
    {
        Assert.Empty(SampleContent.Result.Diagnostics);
        Assert.NotEmpty(SampleContent.Result.Files);
    }

    [Theory]
    // Seed 003 (university Customer Service series): codes, promotional line, dates, qualifications table.
    [InlineData(CsAssistant, "Class code 4807")]
    [InlineData(CsAssistant, "Level Level I (level 1 of the series)")]
    [InlineData(CsAssistant, "Probation period 6 months")]
    [InlineData(CsAssistant, "Effective date August 15, 2010")]
    [InlineData(CsAssistant, "Last action Revised")]
    [InlineData(CsAssistant, "Promotional line 343")]
    [InlineData(CsAssistant, "Occupational area 02")]
    [InlineData(CsAssistant, "Work area 215")]
    [InlineData(CsAssistant, "greets visitors, determine nature and purpose of visit")]
    [InlineData(CsRepresentative, "Class code 4808")]
    [InlineData(CsRepresentative, "30 semester hours 1 year (12 months)")]
    [InlineData(CsRepresentative, "120 semester hours 4 years (48 months)")]
    [InlineData(CsRepresentative, "This class also performs the work of the level below: Customer Service Assistant.")]
    [InlineData(CsSpecialist, "Class code 4809")]
    [InlineData(CsSpecialist, "This class also performs the work of the level below: Customer Service Representative.")]
    [InlineData(CsSeries, "Promotional line 343")]
    [InlineData(CsSeries, "Levels 3 levels")]
    // Seed 004 (state Customer Service Representative 1–4): codes, HRIS titles, grades.
    [InlineData(Rep1, "Class code AUN04477")]
    [InlineData(Rep1, "HRIS title CUST SVC REP 1")]
    [InlineData(Rep1, "Pay grade 13")]
    [InlineData(Rep1, "FLSA status Non-exempt")]
    [InlineData(Rep2, "Class code AUN04112")]
    [InlineData(Rep2, "HRIS title CUST SVC REP 2")]
    [InlineData(Rep2, "Pay grade 15")]
    [InlineData(Rep3, "Class code AUN08330")]
    [InlineData(Rep3, "HRIS title CUST SVC REP 3")]
    [InlineData(Rep3, "Pay grade 16")]
    [InlineData(Rep4, "Class code AUN04786")]
    [InlineData(Rep4, "HRIS title CUST SVC REP 4")]
    [InlineData(Rep4, "Pay grade 17")]
    [InlineData(Rep4, "Licensure / certification Some positions may require specialized certification")]
    [InlineData(Rep1, "Other selective preferences Varies by position")]
    [InlineData(Rep1, "Applicable program rules, regulations, policies and procedures, systems, and relevant statutes")]
    [InlineData(RepSeries, "Levels 4 levels")]
    // Seed 002 (Customer Service Specialist Senior and Principal).
    [InlineData(Senior, "Customer Service Specialist Senior")]
    [InlineData(Principal, "Supervision received Limited supervision")]
    [InlineData(Principal, "This class is distinguished from: Customer Service Specialist Senior")]
    [InlineData(Principal, "Maintain the confidentiality of private information")]
    [InlineData(Senior, "These classes describe how they differ from this one: Customer Service Specialist Principal")]
    // Seed 001 (five competencies for front-line customer service positions).
    [InlineData("competencies/communication/index.html", "Exemplary Performance Communications are consistently error free")]
    [InlineData("competencies/communication/index.html", "Below Target Performance Fails to listen and share feedback.")]
    [InlineData("competencies/customer-focus/index.html", "Exemplary Performance Consistently goes 'above and beyond' to help customers.")]
    [InlineData("competencies/customer-focus/index.html", "Below Target Performance Generates complaints from customers.")]
    [InlineData("competencies/handling-difficult-people/index.html", "Exemplary Performance Consistently relates to all kinds of people")]
    [InlineData("competencies/handling-difficult-people/index.html", "Below Target Performance Unwilling to handle criticism and complaints")]
    [InlineData("competencies/problem-solving/index.html", "Exemplary Performance Always looks beyond the obvious")]
    [InlineData("competencies/problem-solving/index.html", "Below Target Performance Jumps to conclusions without exploring options")]
    [InlineData("competencies/adaptability-flexibility/index.html", "Exemplary Performance When asked to modify behaviors, always complies without complaint.")]
    [InlineData("competencies/adaptability-flexibility/index.html", "Below Target Performance Is unwilling or unable to adapt to changes without being pushed.")]
    [InlineData("competencies/index.html", "Competencies for front-line customer service positions")]
    // Seed 005 (Client Service Specialist job model).
    [InlineData(JobModel, "Roving Teller")]
    [InlineData(JobModel, "Help Desk Technician")]
    [InlineData(JobModel, "Recognizes problems, issues, and opportunities")]
    [InlineData(JobModel, "Bounces back quickly from disappointments and mistakes")]
    [InlineData(JobModel, "Service Focus")]
    [InlineData(JobModel, "Composure and Resiliency")]
    [InlineData("competencies/service-focus/index.html", "Job models Client Service Specialist")]
    // The all-classes table has every class of every seed.
    [InlineData(AllClasses, "4807 Customer Service Assistant")]
    [InlineData(AllClasses, "4808 Customer Service Representative")]
    [InlineData(AllClasses, "4809 Customer Service Specialist")]
    [InlineData(AllClasses, "AUN04477 Customer Service Representative 1 (CUST SVC REP 1)")]
    [InlineData(AllClasses, "AUN04112 Customer Service Representative 2 (CUST SVC REP 2)")]
    [InlineData(AllClasses, "AUN08330 Customer Service Representative 3 (CUST SVC REP 3)")]
    [InlineData(AllClasses, "AUN04786 Customer Service Representative 4 (CUST SVC REP 4)")]
    [InlineData(AllClasses, "Customer Service Specialist Senior Customer Service Specialist Series Senior")]
    [InlineData(AllClasses, "Customer Service Specialist Principal Customer Service Specialist Series Principal")]
    public void A_fact_from_a_seed_appears_on_its_page(string page, string text)
    {
        Assert.Contains(text, Site.Value.Text(page));
    }

    [Fact]
    public void The_Principal_page_links_to_the_Senior_page_both_as_the_level_below_and_as_the_class_it_differs_from()
    {
        var page = Site.Value.Page(Principal);

        Assert.Contains("""<a class="ladder-prev" rel="prev" href="../../../series/customer-service-specialist/customer-service-specialist-senior/index.html">""", page);
        Assert.Contains("""<a href="../../../series/customer-service-specialist/customer-service-specialist-senior/index.html">Customer Service Specialist Senior</a>""", page);
    }

    [Fact]
    public void The_Principal_class_has_no_code_so_none_is_shown()
    {
        var page = Site.Value.Page(Principal);

        Assert.Null(Html.Fact(page, "code"));
        Assert.DoesNotContain("badge\">Code", page);
    }

    [Fact]
    public void Every_class_of_every_seed_has_a_page()
    {
        string[] classes = [CsAssistant, CsRepresentative, CsSpecialist, Rep1, Rep2, Rep3, Rep4, Senior, Principal];

        Assert.All(classes, path => Assert.True(Site.Value.Has(path), $"{path} is missing"));
        Assert.Equal(9, Site.Value.Paths.Count(p => p.Count(c => c == '/') == 3 && p.StartsWith("series/", StringComparison.Ordinal)
                                                   && !p.Contains("/compare/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_competency_KSA_and_job_model_file_has_a_page()
    {
        foreach (var folder in new[] { "competencies", "ksas", "job-models" })
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Content, folder), "*.md"))
            Assert.True(Site.Value.Has($"{folder}/{Path.GetFileNameWithoutExtension(file)}/index.html"), $"{folder}/{Path.GetFileName(file)} has no page");
    }

    [Fact]
    public void The_sample_sitemap_uses_the_base_URL_from_site_yml()
    {
        var sitemap = Site.Value.Page("sitemap.xml");

        Assert.Contains("<loc>https://rungs.example.org/</loc>", sitemap);
        Assert.Contains("<loc>https://rungs.example.org/series/customer-service-specialist/customer-service-specialist-senior/</loc>", sitemap);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://rungs.example.org/sitemap.xml\n", Site.Value.Page("robots.txt"));
    }
}
