using Rungs.Comparison;
using Rungs.Content;
using Rungs.Review;
using Rungs.Tests.Support;
using static Rungs.Tests.Review.ReviewSites;

namespace Rungs.Tests.Review;

/// <summary>SiteDiff on in-memory sites: what counts as added, removed, renamed, moved and changed, and what is high impact.</summary>
public sealed class SiteDiffTests
{
    private const string Assistant = "series/cs/cs-assistant.md";
    private const string Representative = "series/cs/cs-representative.md";

    private static string Edit(TestSite site, string path, string find, string replace)
    {
        var text = site.Files[path];
        Assert.Contains(find, text);
        return text.Replace(find, replace);
    }

    private static TestSite Changed(TestSite site, string path, string find, string replace) => site.With(path, Edit(site, path, find, replace));

    private static string Words(IEnumerable<WordSegment> words) =>
        string.Join(" ", words.Select(w => w.Change switch { WordChange.Removed => $"[-{w.Text}-]", WordChange.Added => $"{{+{w.Text}+}}", _ => w.Text }));

    [Fact]
    public void The_fixture_loads_without_problems_and_two_equal_sites_have_no_changes()
    {
        var loaded = Load(Ladder());
        Assert.Empty(loaded.Diagnostics);
        Assert.Empty(loaded.Unreadable);
        Assert.Empty(Diff(Ladder(), Ladder()));
    }

    [Fact]
    public void A_grade_change_is_a_field_change_and_high_impact()
    {
        var entry = Assert.Single(Diff(Ladder(), Changed(Ladder(), Representative, "grade: \"15\"", "grade: \"16\"")));

        Assert.Equal((ItemKind.Class, EntryStatus.Changed, "cs-representative"), (entry.Kind, entry.Status, entry.Current.Slug));
        var field = Assert.Single(entry.Fields);
        Assert.Equal(("grade", "Pay grade", "15", "16"), (field.Id, field.Label, field.Before, field.After));
        var impact = Assert.Single(entry.Impacts);
        Assert.Equal((Impact.Grade, "Pay grade: 15 → 16"), (impact.Reason, impact.Summary));
    }

    [Fact]
    public void An_flsa_change_reads_as_the_site_shows_it_and_is_high_impact()
    {
        var entry = Assert.Single(Diff(Ladder(), Changed(Ladder(), Assistant, "flsa: non-exempt", "flsa: exempt")));

        var field = Assert.Single(entry.Fields);
        Assert.Equal(("flsa", "Non-exempt", "Exempt"), (field.Id, field.Before, field.After));
        Assert.Equal([Impact.Flsa], entry.Impacts.Select(i => i.Reason));
    }

    [Fact]
    public void A_reworded_duty_is_one_item_with_its_word_changes_not_a_removal_and_an_addition()
    {
        var after = Changed(Ladder(), Assistant, "- answers routine inquiries from clients", "- answers complex inquiries from clients and staff");
        var entry = Assert.Single(Diff(Ladder(), after));

        var section = Assert.Single(entry.Sections);
        Assert.Equal(("duties", SectionStatus.Changed), (section.Id, section.Status));
        var item = Assert.Single(section.Items);
        Assert.Equal(ItemChange.Reworded, item.Change);
        Assert.Equal("answers [-routine-] {+complex+} inquiries from clients {+and staff+}", Words(item.Words));
        Assert.Empty(entry.Impacts);
    }

    [Fact]
    public void A_class_file_renamed_with_the_same_code_is_renamed_not_removed_and_added()
    {
        var after = Ladder().Without("series/cs/cs-specialist.md").With("series/cs/cs-team-specialist.md", Specialist);
        var entry = Assert.Single(Diff(Ladder(), after));

        Assert.Equal(EntryStatus.Renamed, entry.Status);
        Assert.Equal(("series/cs/cs-specialist.md", "series/cs/cs-team-specialist.md"), (entry.Before!.Path, entry.After!.Path));
        Assert.Empty(entry.Fields);
        Assert.Empty(entry.Impacts);
    }

    [Fact]
    public void A_renamed_class_that_also_changed_shows_its_changes_and_a_new_code_on_the_same_slug_is_a_code_change()
    {
        var renamed = Ladder().Without("series/cs/cs-specialist.md")
            .With("series/cs/cs-team-specialist.md", ReviewSites.Specialist.Replace("grade: \"17\"", "grade: \"18\""));
        var entry = Assert.Single(Diff(Ladder(), renamed));
        Assert.Equal(EntryStatus.Renamed, entry.Status);
        Assert.Equal([Impact.Grade], entry.Impacts.Select(i => i.Reason));

        var recoded = Assert.Single(Diff(Ladder(), Changed(Ladder(), "series/cs/cs-specialist.md", "code: \"4809\"", "code: \"4819\"")));
        Assert.Equal(EntryStatus.Changed, recoded.Status);
        Assert.Equal(("code", "4809", "4819"), (recoded.Fields[0].Id, recoded.Fields[0].Before, recoded.Fields[0].After));
        Assert.Equal([Impact.Code], recoded.Impacts.Select(i => i.Reason));
    }

    [Fact]
    public void A_class_without_a_code_is_followed_through_a_rename_by_its_title()
    {
        var codeless = ReviewSites.Specialist.Replace("code: \"4809\"\n", "");
        var before = Ladder().With("series/cs/cs-specialist.md", codeless);
        var after = Ladder().Without("series/cs/cs-specialist.md").With("series/cs/cs-lead.md", codeless);

        var entry = Assert.Single(Diff(before, after));
        Assert.Equal((EntryStatus.Renamed, "cs-specialist", "cs-lead"), (entry.Status, entry.Before!.Slug, entry.After!.Slug));
    }

    [Fact]
    public void A_class_in_another_series_folder_under_the_same_slug_is_moved()
    {
        var after = Ladder().Without("series/cs/cs-senior-specialist.md")
            .With("series/ops/_series.md", "---\ntitle: Operations Series\n---\n")
            .With("series/ops/cs-senior-specialist.md", ReviewSites.SeniorSpecialist.Replace("level: 4", "level: 1"));

        var entries = Diff(Ladder(), after);

        Assert.Equal([(ItemKind.Series, EntryStatus.Added), (ItemKind.Class, EntryStatus.Moved)], entries.Select(e => (e.Kind, e.Status)));
        var moved = entries[1];
        Assert.Equal(("cs", "ops"), (moved.Before!.Series, moved.After!.Series));
        Assert.Equal(("level", "4", "1"), (moved.Fields.Single().Id, moved.Fields.Single().Before, moved.Fields.Single().After));
    }

    [Fact]
    public void A_removed_class_is_high_impact_and_keeps_its_facts_an_added_one_is_not()
    {
        var entries = Diff(Ladder(), Ladder().Without("series/cs/cs-senior-specialist.md"));
        var removed = Assert.Single(entries);
        Assert.Equal(EntryStatus.Removed, removed.Status);
        Assert.Null(removed.After);
        Assert.Equal([Impact.ClassRemoved], removed.Impacts.Select(i => i.Reason));
        Assert.Contains(removed.Fields, f => f is { Id: "grade", Before: "19", After: null });

        var added = Assert.Single(Diff(Ladder().Without("series/cs/cs-senior-specialist.md"), Ladder()));
        Assert.Equal(EntryStatus.Added, added.Status);
        Assert.Empty(added.Impacts);
        Assert.Contains(added.Fields, f => f is { Id: "code", Before: null, After: "4810" });
    }

    [Fact]
    public void Any_change_to_minimum_qualifications_is_high_impact_items_and_text_alike()
    {
        var withQualifications = Changed(Ladder(), Representative, "## Duties", """
            ## Minimum Qualifications

            Credentials to be verified by placement officer.

            1. High school graduation or equivalent
            2. Two years of customer service experience

            ## Duties
            """);

        var reworded = Assert.Single(Diff(withQualifications, Changed(withQualifications, Representative, "Two years", "Three years")));
        var impact = Assert.Single(reworded.Impacts);
        Assert.Equal((Impact.MinimumQualifications, "Minimum qualifications: 1 reworded"), (impact.Reason, impact.Summary));

        var text = Assert.Single(Diff(withQualifications, Changed(withQualifications, Representative, "to be verified by", "are verified by the")));
        var section = Assert.Single(text.Sections);
        Assert.Empty(section.Items);
        Assert.Equal("Credentials [-to be-] {+are+} verified by {+the+} placement officer.", Words(section.Text));
        Assert.Equal("Minimum qualifications: text changed", Assert.Single(text.Impacts).Summary);

        var added = Assert.Single(Diff(Ladder(), withQualifications));
        Assert.Equal("Minimum qualifications: section added", Assert.Single(added.Impacts).Summary);
    }

    [Fact]
    public void Class_references_are_the_class_own_and_a_series_wide_change_is_reported_once_on_the_series()
    {
        var after = Changed(Ladder(), Assistant, "ksas: [grammar]", "ksas: [grammar, filing]")
            .With("ksas/filing.md", "---\ntitle: Filing\nkind: skill\n---\n")
            .With("series/cs/_series.md", Edit(Ladder(), "series/cs/_series.md", "promotional_line: \"343\"", "promotional_line: \"343\"\ncompetencies: [communication]"));

        var entries = Diff(Ladder(), after);

        Assert.Equal(
            [(ItemKind.Series, EntryStatus.Changed, "cs"), (ItemKind.Class, EntryStatus.Changed, "cs-assistant"), (ItemKind.Ksa, EntryStatus.Added, "filing")],
            entries.Select(e => (e.Kind, e.Status, e.Current.Slug)));
        var series = Assert.Single(entries[0].Links);
        Assert.Equal(("competencies", "communication"), (series.Id, Assert.Single(series.Added).Slug));
        var ksas = Assert.Single(entries[1].Links);
        Assert.Equal(("ksas", "Filing"), (ksas.Id, Assert.Single(ksas.Added).Title));
    }

    [Fact]
    public void Competencies_ksas_and_job_models_compare_their_fields_lists_and_sections()
    {
        var after = Changed(Ladder(), "competencies/communication.md", "Communications are consistently error free.", "Communications are always error free.")
            .With("ksas/grammar.md", "---\ntitle: Grammar\nkind: knowledge\nsummary: Rules of composition and punctuation.\n---\n\nIncludes spelling.\n")
            .With("job-models/client-service.md", Edit(Ladder(), "job-models/client-service.md", "[Roving Teller, Help Desk Technician]", "[Roving Teller, Help Desk Analyst, Bank Teller]"));

        var entries = Diff(Ladder(), after);

        Assert.Equal([ItemKind.Competency, ItemKind.Ksa, ItemKind.JobModel], entries.Select(e => e.Kind));
        var performance = Assert.Single(entries[0].Sections);
        Assert.Equal(("exemplary-performance", "Communications are [-consistently-] {+always+} error free."), (performance.Id, Words(performance.Text)));

        Assert.Equal(("summary", "Rules of composition, punctuation, etc.", "Rules of composition and punctuation."),
            (entries[1].Fields.Single().Id, entries[1].Fields.Single().Before, entries[1].Fields.Single().After));
        var intro = Assert.Single(entries[1].Sections);
        Assert.Equal(("introduction", SectionStatus.Added, "{+Includes spelling.+}"), (intro.Id, intro.Status, Words(intro.Text)));

        var positions = Assert.Single(entries[2].Lists);
        Assert.Equal([ItemChange.Reworded, ItemChange.Added], positions.Items.Select(i => i.Change));
        Assert.Equal("Help Desk [-Technician-] {+Analyst+}", Words(positions.Items[0].Words));
    }

    [Fact]
    public void Other_items_follow_a_rename_by_title_and_entries_are_in_kind_then_status_order()
    {
        var after = Ladder()
            .Without("ksas/grammar.md").With("ksas/grammar-usage.md", Ladder().Files["ksas/grammar.md"])
            .With(Assistant, Edit(Ladder(), Assistant, "ksas: [grammar]", "ksas: [grammar-usage]"))
            .With(Representative, Edit(Ladder(), Representative, "ksas: [grammar]", "ksas: [grammar-usage]"))
            .Without("series/cs/cs-senior-specialist.md")
            .With("series/cs/cs-senior-specialist-2.md", ReviewSites.SeniorSpecialist.Replace("4810", "4811").Replace("CS Senior Specialist", "CS Principal"));

        var entries = Diff(Ladder(), after);

        Assert.Equal(
        [
            (ItemKind.Class, EntryStatus.Added, "cs-senior-specialist-2"),
            (ItemKind.Class, EntryStatus.Removed, "cs-senior-specialist"),
            (ItemKind.Class, EntryStatus.Changed, "cs-assistant"),
            (ItemKind.Class, EntryStatus.Changed, "cs-representative"),
            (ItemKind.Ksa, EntryStatus.Renamed, "grammar-usage"),
        ], entries.Select(e => (e.Kind, e.Status, e.Current.Slug)));
        var link = Assert.Single(entries[2].Links);
        Assert.Equal(("grammar-usage", "grammar"), (Assert.Single(link.Added).Slug, Assert.Single(link.Removed).Slug));
    }

    [Fact]
    public void Broken_content_is_compared_as_far_as_it_parsed_and_an_unreadable_file_is_not_reported_removed()
    {
        var broken = Ladder()
            .Without("site.yml")
            .With(Representative, "---\ntitle: CS Representative\nlevel: [\n---\n")
            .With("series/cs/cs-specialist.md", ReviewSites.Specialist.Replace("grade: \"17\"", "grade: \"18\""))
            .With("series/orphan/cs-orphan.md", "---\ntitle: Orphan\nlevel: 1\n---\n");

        var loaded = Load(broken);
        Assert.Contains(loaded.Diagnostics, d => d.Code == "RUNGS016");
        Assert.Contains(loaded.Diagnostics, d => d.Code == "RUNGS004");
        Assert.Contains(loaded.Diagnostics, d => d.Code == "RUNGS011");
        Assert.Equal(["series/cs/cs-representative.md", "series/orphan/cs-orphan.md"], loaded.Unreadable.Order(StringComparer.Ordinal));

        var entry = Assert.Single(Diff(Ladder(), broken));
        Assert.Equal(("cs-specialist", Impact.Grade), (entry.Current.Slug, entry.Impacts.Single().Reason));
        Assert.DoesNotContain(Diff(broken, Ladder()), e => e.Status == EntryStatus.Added);
    }

    [Fact]
    public void A_broken_series_file_does_not_make_its_classes_look_removed()
    {
        var broken = Ladder().With("series/cs/_series.md", "---\ntitle: [unclosed\n---\n");
        var entries = Diff(Ladder(), broken);
        Assert.Empty(entries);
    }
}
