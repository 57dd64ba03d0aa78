using System.Text.Json.Nodes;
using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Parsing;
using Rungs.Tests.Support;
using static Rungs.Tests.Review.ReviewSites;

namespace Rungs.Tests.Content;

/// <summary>
/// Given specs written in other employers' vocabulary (issue 20.3), their sections are known by meaning: rendered with
/// a stable anchor, compared between levels and revisions, and published as data; and a site can add its own headings.
/// </summary>
public sealed class SectionVocabularyTests
{
    // The lines of the fixture's own site.yml: what a test adds starts on the next line.
    private static readonly int BaseLines = TestSite.Minimal().Files["site.yml"].Split('\n').Length;

    private const string Assistant = "series/cs/cs-assistant.md";
    private const string Representative = "series/cs/cs-representative.md";

    private static string Class(string title, string code, int level, string body) => $"""
        ---
        title: {title}
        code: "{code}"
        level: {level}
        ---

        {body}
        """;

    /// <summary>The minimal site whose two classes are written with the given bodies.</summary>
    private static TestSite Ladder(string assistantBody, string representativeBody, string? siteYml = null)
    {
        var site = TestSite.Minimal()
            .With(Assistant, Class("CS Assistant", "4807", 1, assistantBody))
            .With(Representative, Class("CS Representative", "4808", 2, representativeBody));
        return siteYml is null ? site : site.With("site.yml", site.Files["site.yml"] + "\n" + siteYml);
    }

    private static ClassDiff Step(Rungs.Pipeline.BuildResult result)
    {
        var site = result.Site!;
        return ClassDiff.Compare(site, site.FindClass("cs-assistant", null)!, site, site.FindClass("cs-representative", null)!, identity: false);
    }

    [Fact]
    public void A_parenthesis_after_the_KSA_heading_keeps_it_the_KSA_section_on_the_page_and_in_the_data()
    {
        var built = Ladder("## Knowledge, Skills and Abilities (KSA's)\n\n- applicable program rules\n- active listening\n",
            "## KSAs\n\n- applicable program rules\n").BuildClean();

        var spec = built.Result.Site!.FindClass("cs-assistant", null)!;
        var section = Assert.Single(spec.Body.Sections);
        Assert.Equal(("Knowledge, Skills and Abilities (KSA's)", "ksas", SectionKind.Ksas), (section.Heading, section.Id, section.Kind));
        var page = built.Page("series/cs/cs-assistant/index.html");
        Assert.Contains("<h2 id=\"ksas\">Knowledge, Skills and Abilities (KSA&#39;s)</h2>", page.Replace("&#x27;", "&#39;"));
        Assert.DoesNotContain("Competencies</h2>", page);
        var data = JsonNode.Parse(built.Page("api/classes/cs-assistant.json"))!;
        Assert.Equal("ksas", (string?)data["sections"]![0]!["kind"]);
    }

    [Theory]
    [InlineData("Special Requirements", SectionKind.SpecialRequirements, "special-requirements")]
    [InlineData("Legal Requirement", SectionKind.SpecialRequirements, "special-requirements")]
    [InlineData("Alternate Range Criteria", SectionKind.AlternateRangeCriteria, "alternate-range-criteria")]
    [InlineData("Factors Affecting Position Allocation", SectionKind.FactorsAffectingPositionAllocation, "factors-affecting-position-allocation")]
    public void A_new_kind_renders_with_its_anchor_is_compared_between_levels_and_is_published_as_data(string heading, SectionKind kind, string id)
    {
        var result = Ladder($"## {heading}\n\n- a valid driver's license\n- pass a background check\n",
            $"## {heading}\n\n- a valid driver's license\n- bonding by the state\n").Build();
        Assert.Empty(result.Diagnostics);
        var built = new BuiltSite(result);

        Assert.Contains($"<h2 id=\"{id}\">{heading}</h2>", built.Page("series/cs/cs-assistant/index.html"));
        var section = Step(result).Sections.Single(s => s.Kind == kind);
        Assert.Equal([(ItemChange.Unchanged, "a valid driver's license"), (ItemChange.Removed, "pass a background check"), (ItemChange.Added, "bonding by the state")],
            section.Items.Select(i => (i.Change, i.After ?? i.Before)));
        Assert.Contains("bonding by the state", built.Page("series/cs/compare/cs-assistant..cs-representative/index.html"));
        var data = JsonNode.Parse(built.Page("api/classes/cs-representative.json"))!;
        Assert.Equal(id, (string?)data["sections"]![0]!["kind"]);
    }

    [Fact]
    public void A_new_kind_is_compared_between_revisions_by_rungs_diff()
    {
        var before = Ladder("## Summary\n\nEntry level.\n", "## Special Requirements\n\n- a valid driver's license\n");
        var after = Ladder("## Summary\n\nEntry level.\n", "## Necessary Special Qualifications\n\n- a valid driver's license\n- bonding by the state\n");

        var entry = Assert.Single(Diff(before, after));
        var section = Assert.Single(entry.Sections);
        Assert.Equal((SectionKind.SpecialRequirements, "special-requirements"), (section.Kind, section.Id));
        Assert.Contains(section.Items, i => i.Change == ItemChange.Added && i.After == "bonding by the state");
    }

    [Fact]
    public void Substitution_of_experience_for_education_is_compared_with_the_minimum_qualifications()
    {
        var result = Ladder("## Minimum Qualifications\n\n- high school graduation\n",
            "## Entrance Requirements\n\n- high school graduation\n\n## Substitution of Experience for Education\n\n- two years of office work for the diploma\n").Build();

        var rules = Step(result).Sections.Single(s => s.Kind == SectionKind.MinimumQualifications);
        Assert.Equal([(ItemChange.Unchanged, "high school graduation"), (ItemChange.Added, "two years of office work for the diploma")],
            rules.Items.Select(i => (i.Change, i.After ?? i.Before)));
    }

    [Fact]
    public void Site_sections_map_more_headings_to_kinds_normalised_like_the_built_in_ones()
    {
        var built = Ladder("## Typical Responsibilities\n\n- answers routine inquiries\n",
                "## TYPICAL RESPONSIBILITIES: (all positions)\n\n- answers routine inquiries\n- resolves complaints\n",
                "sections:\n  Typical Responsibilities: duties\n  Bonding: Special-Requirements\n")
            .BuildClean();

        var spec = built.Result.Site!.FindClass("cs-representative", null)!;
        var duties = Assert.Single(spec.Body.Sections);
        Assert.Equal((SectionKind.Duties, "duties"), (duties.Kind, duties.Id));
        Assert.Equal(["answers routine inquiries", "resolves complaints"], duties.Items.Select(i => i.Text));
        Assert.Equal([new SectionHeading("Typical Responsibilities", SectionKind.Duties), new SectionHeading("Bonding", SectionKind.SpecialRequirements)],
            built.Result.Site!.Config.Sections);
        var step = Step(built.Result).Sections.Single(s => s.Kind == SectionKind.Duties);
        Assert.Contains(step.Items, i => i.Change == ItemChange.Added && i.After == "resolves complaints");
    }

    [Fact]
    public void A_site_heading_takes_its_kind_even_over_a_built_in_alias()
    {
        var built = Ladder("## Scope\n\n- all county offices\n", "## Duties\n\n- one\n", "sections:\n  Scope: special-requirements\n").BuildClean();

        Assert.Equal(SectionKind.SpecialRequirements, built.Result.Site!.FindClass("cs-assistant", null)!.Body.Sections[0].Kind);
    }

    [Fact]
    public void An_unknown_kind_in_site_sections_is_an_error_at_the_value_listing_the_kinds()
    {
        var result = Ladder("## Duties\n\n- one\n", "## Duties\n\n- two\n", "sections:\n  Typical Responsibilities: dutys\n").Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS009", "content/site.yml", BaseLines + 2, 29,
            "`dutys` is not a section kind (for the heading \"Typical Responsibilities\" in `sections`)",
            "did you mean `duties`? the kinds are: " + string.Join(", ", SectionCatalog.KindsById.Keys)));
        Assert.Contains("summary, distinguishing-characteristics, duties, ksas, minimum-qualifications, licenses-and-certificates, special-requirements",
            result.Diagnostics[0].Hint);
    }

    [Fact]
    public void Site_sections_must_be_a_group_of_headings_each_with_one_kind_and_two_spellings_of_a_heading_may_not_disagree()
    {
        var notAGroup = Ladder("## Duties\n\n- one\n", "## Duties\n\n- two\n", "sections: [duties]\n").Build();
        Expect.Diagnostics(notAGroup, Expect.Error("RUNGS008", "content/site.yml", BaseLines + 1, 11, "`sections` must be a group of `name: value` lines",
            "write each entry on its own indented line under `sections:`, e.g. `  Typical Responsibilities: duties`"));

        var clash = Ladder("## Duties\n\n- one\n", "## Duties\n\n- two\n", "sections:\n  Typical Tasks: duties\n  TYPICAL TASKS (all levels): summary\n").Build();
        Expect.Diagnostics(clash, Expect.Error("RUNGS009", "content/site.yml", BaseLines + 3, 3,
            "the heading \"TYPICAL TASKS (all levels)\" is the same heading as \"Typical Tasks\" above, which `sections` maps to `duties`",
            "keep one of the two lines: headings are compared ignoring case, punctuation, `&`/`and` and a trailing `(…)`"));
    }

    [Fact]
    public void The_dev_servers_parse_cache_parses_every_file_again_when_site_sections_change()
    {
        var before = Ladder("## Typical Responsibilities\n\n- one\n", "## Duties\n\n- two\n");
        var after = before.With("site.yml", before.Files["site.yml"] + "\nsections:\n  Typical Responsibilities: duties\n");
        var cache = new ParseCache();

        ParseStage.Run(before.Sources(), cache);
        var parsed = ParseStage.Run(after.Sources(), cache);

        Assert.Equal(SectionKind.Duties, parsed.Classes.Single(c => c.Slug == "cs-assistant").Body.Sections[0].Kind);
    }

    [Fact]
    public void The_dev_servers_parse_cache_keeps_its_files_when_site_yml_only_moves_the_field_declarations()
    {
        var before = Ladder("## Duties\n\n- one\n", "## Duties\n\n- two\n", "fields:\n  hours: { type: number }\n");
        var after = before.With("site.yml", "# a comment above everything\n" + before.Files["site.yml"]);
        var cache = new ParseCache();

        ParseStage.Run(before.Sources(), cache);
        ParseStage.Run(after.Sources(), cache);

        Assert.Equal(1, cache.Parsed);
    }
}
