using Rungs.Content;
using Rungs.Parsing;
using Rungs.Tests.Support;

namespace Rungs.Tests.Parsing;

/// <summary>Known sections are recognised by heading or alias, and their list items become data that comparisons can diff.</summary>
public sealed class KnownSectionTests
{
    private const string Path = "content/series/cs/cs-x.md";

    [Theory]
    [InlineData("Summary", SectionKind.Summary)]
    [InlineData("Kind of Work", SectionKind.Summary)]
    [InlineData("NATURE AND PURPOSE", SectionKind.Summary)]
    [InlineData("Detailed Duties and Responsibilities", SectionKind.Summary)]
    [InlineData("Series Narrative", SectionKind.Summary)]
    [InlineData("Definition", SectionKind.Summary)]
    [InlineData("Differs From", SectionKind.DistinguishingCharacteristics)]
    [InlineData("Examples of Work (A position may not include all the work examples given.)", SectionKind.Duties)]
    [InlineData("Primary Duties & Responsibilities", SectionKind.Duties)]
    [InlineData("Essential Functions", SectionKind.Duties)]
    [InlineData("KSA's", SectionKind.Ksas)]
    [InlineData("Knowledge, Skills, and Abilities (KSAs)", SectionKind.Ksas)]
    [InlineData("Minimum Acceptable Qualifications", SectionKind.MinimumQualifications)]
    [InlineData("Education & Experience", SectionKind.MinimumQualifications)]
    [InlineData("Licensure / Certification", SectionKind.Licenses)]
    [InlineData("Representative Behaviors", SectionKind.RepresentativeBehaviours)]
    [InlineData("Working Conditions", SectionKind.Other)]
    // The common vocabulary of other employers' specs (issue 20.3).
    [InlineData("Nature of Work", SectionKind.Summary)]
    [InlineData("Class Concept", SectionKind.Summary)]
    [InlineData("Job Summary", SectionKind.Summary)]
    [InlineData("General Description", SectionKind.Summary)]
    [InlineData("Scope", SectionKind.Summary)]
    [InlineData("Definition of Series", SectionKind.Summary)]
    [InlineData("Distinguishing Features", SectionKind.DistinguishingCharacteristics)]
    [InlineData("Typical Tasks", SectionKind.Duties)]
    [InlineData("Typical Work", SectionKind.Duties)]
    [InlineData("Work Activities", SectionKind.Duties)]
    [InlineData("Examples of Duties", SectionKind.Duties)]
    [InlineData("Typical Work Activities", SectionKind.Duties)]
    [InlineData("Illustrative Examples of Work", SectionKind.Duties)]
    [InlineData("Key Responsibilities", SectionKind.Duties)]
    [InlineData("Knowledge and Abilities", SectionKind.Ksas)]
    [InlineData("Required Knowledge, Skills and Abilities", SectionKind.Ksas)]
    [InlineData("Required Knowledge Skills and Abilities", SectionKind.Ksas)]
    [InlineData("Knowledge, Skills and Abilities (KSA's)", SectionKind.Ksas)]
    [InlineData("KNOWLEDGE, SKILLS, AND ABILITIES (KSA's)", SectionKind.Ksas)]
    [InlineData("Entrance Requirements", SectionKind.MinimumQualifications)]
    [InlineData("Minimum Education and Experience Requirements", SectionKind.MinimumQualifications)]
    [InlineData("Substitution of Experience for Education", SectionKind.MinimumQualifications)]
    [InlineData("Licenses or Certificates", SectionKind.Licenses)]
    [InlineData("License or Certificate", SectionKind.Licenses)]
    [InlineData("Special Requirements", SectionKind.SpecialRequirements)]
    [InlineData("Necessary Special Qualifications", SectionKind.SpecialRequirements)]
    [InlineData("Special Personal Characteristics", SectionKind.SpecialRequirements)]
    [InlineData("Legal Requirement", SectionKind.SpecialRequirements)]
    [InlineData("Legal Requirements", SectionKind.SpecialRequirements)]
    [InlineData("Desirable Qualifications", SectionKind.SpecialRequirements)]
    [InlineData("Alternate Range Criteria", SectionKind.AlternateRangeCriteria)]
    [InlineData("Factors Affecting Position Allocation", SectionKind.FactorsAffectingPositionAllocation)]
    // Headings are compared as words of letters and digits: `&` is the word "and", other punctuation is dropped.
    [InlineData("Primary Duties&Responsibilities", SectionKind.Duties)]
    [InlineData("  Duties  ", SectionKind.Duties)]
    [InlineData("(Duties)", SectionKind.Duties)]
    [InlineData("Du-ties", SectionKind.Duties)]
    [InlineData("Knowledge,  Skills & Abilities", SectionKind.Ksas)]
    [InlineData("&", SectionKind.Other)]
    public void A_heading_or_one_of_its_aliases_names_a_known_section(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionCatalog.Classify(heading));
    }

    [Fact]
    public void In_a_competency_Definition_is_the_competency_definition_not_a_class_summary()
    {
        Assert.Equal(SectionKind.Definition, SectionCatalog.Classify("Definition", isCompetency: true));
    }

    [Fact]
    public void List_items_of_a_known_section_are_kept_with_their_text_and_position()
    {
        // The body starts on line 5 of the file (after three lines of front matter and a blank line).
        var body = BodyParser.Parse("## Duties\n\n1. answers routine *inquiries*\n2. balances daily transactions\n", Path, 5, new Rungs.Diagnostics.DiagnosticList());

        var duties = Assert.Single(body.Sections);
        Assert.Equal(("Duties", "duties", SectionKind.Duties), (duties.Heading, duties.Id, duties.Kind));
        Assert.Equal(["answers routine inquiries", "balances daily transactions"], duties.Items.Select(i => i.Text));
        Assert.Equal(new Rungs.Diagnostics.SourcePosition(Path, 7, 1), duties.Items[0].Position);
        Assert.Equal(new Rungs.Diagnostics.SourcePosition(Path, 8, 1), duties.Items[1].Position);
    }

    [Fact]
    public void Nested_items_stay_under_their_parent_and_subheadings_group_the_items_below_them()
    {
        var body = BodyParser.Parse("""
            ## Knowledge, Skills and Abilities

            ### Knowledge of

            - agency programs
            - interviewing techniques

            ### Ability to

            - design procedures

            ## Minimum Qualifications

            1. High school graduation
            2. Any combination totaling 18 months:
               - (a) work experience
               - (b) college coursework
            """, Path, 1, new Rungs.Diagnostics.DiagnosticList());

        var ksas = body.First(SectionKind.Ksas)!;
        Assert.Equal([("agency programs", "Knowledge of"), ("interviewing techniques", "Knowledge of"), ("design procedures", "Ability to")],
            ksas.Items.Select(i => (i.Text, i.Group)));

        var rules = body.First(SectionKind.MinimumQualifications)!;
        Assert.Equal(["High school graduation", "Any combination totaling 18 months:"], rules.Items.Select(i => i.Text));
        Assert.Equal(["(a) work experience", "(b) college coursework"], rules.Items[1].Children.Select(i => i.Text));
    }

    [Fact]
    public void A_known_section_may_repeat_and_each_keeps_its_own_heading_and_a_unique_anchor()
    {
        var body = BodyParser.Parse("## Kind of Work\n\nAdministrative support work.\n\n## Nature and Purpose\n\nUnder limited supervision.\n", Path, 1, new Rungs.Diagnostics.DiagnosticList());

        Assert.Equal([("Kind of Work", "summary"), ("Nature and Purpose", "summary-2")], body.OfKind(SectionKind.Summary).Select(s => (s.Heading, s.Id)));
    }

    [Fact]
    public void An_unknown_section_is_rendered_as_written_and_compared_as_text_without_items()
    {
        var body = BodyParser.Parse("Intro text.\n\n## Working Conditions\n\n- office work\n- some travel\n", Path, 1, new Rungs.Diagnostics.DiagnosticList());

        var section = Assert.Single(body.Sections);
        Assert.Equal(SectionKind.Other, section.Kind);
        Assert.Empty(section.Items);
        Assert.Equal("office work\nsome travel", section.Text);
        Assert.Contains("<li>some travel</li>", section.Html);
        Assert.Contains("Intro text.", body.IntroHtml);
    }

    [Fact]
    public void The_sample_Principal_class_has_its_knowledge_and_ability_items_as_data()
    {
        var principal = SampleContent.Result.Site!.FindClass("customer-service-specialist-principal", null)!;

        var items = principal.Body.First(SectionKind.Ksas)!.Items;
        Assert.Equal(5, items.Count(i => i.Group == "Knowledge of"));
        Assert.Equal(8, items.Count(i => i.Group == "Ability to"));
        Assert.Equal(6, principal.Body.First(SectionKind.Duties)!.Items.Count);
        Assert.Equal(2, principal.Body.OfKind(SectionKind.Summary).Count());
    }

    [Fact]
    public void The_sample_Specialist_class_has_its_qualification_rules_with_their_alternatives()
    {
        var specialist = SampleContent.Result.Site!.FindClass("customer-service-specialist", null)!;

        var rules = specialist.Body.First(SectionKind.MinimumQualifications)!.Items;
        Assert.Equal(3, rules.Count);
        Assert.Equal(2, rules[1].Children.Count);
        Assert.StartsWith("One (1) year (12 months) of work experience", rules[2].Text, StringComparison.Ordinal);
        Assert.Equal(11, specialist.Body.First(SectionKind.Duties)!.Items.Count);
    }
}
