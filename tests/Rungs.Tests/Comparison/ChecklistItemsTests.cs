using System.Text.Json.Nodes;
using Rungs.Tests.Support;

namespace Rungs.Tests.Comparison;

/// <summary>
/// What the compare page's checklist (compare.js `checklist`, run in Node) lists for a move from one class to another:
/// what the target asks that the current class does not, each item with its source section.
/// </summary>
public sealed class ChecklistItemsTests
{
    private static readonly TestSite Office = TestSite.Minimal()
        .With("series/office/_series.md", "---\ntitle: Office Series\n---\n")
        .With("series/office/office-clerk.md", """
            ---
            title: Office Clerk
            code: "7001"
            level: 1
            ksas: [grammar]
            ---

            ## Duties

            - files records and letters for the unit
            - answers phones

            ## Minimum Qualifications

            High school graduation.

            ## Licenses and Certificates

            - a valid driver's licence
            """)
        .With("series/office/office-lead.md", """
            ---
            title: Office Lead
            code: "7002"
            level: 2
            ksas: [grammar]
            competencies: [communication]
            licensure: Notary public commission
            supervision_exercised: Leads two clerks
            includes_lower_level_work: true
            ---

            ## Duties

            - files records and letters for the whole office
            - assigns work to clerks

            ## Minimum Qualifications

            High school graduation and two years of office experience.

            ## Licenses and Certificates

            - a valid driver's licence
            - a first aid certificate
            """);

    [Fact]
    public void Given_a_clerk_and_a_lead_the_checklist_lists_what_the_lead_adds_and_rewords_by_source_and_nothing_the_clerk_already_asks()
    {
        var items = Checklist("office-clerk", "office-lead");

        Assert.Equal(
        [
            "Minimum Qualifications: High school graduation and two years of office experience.",
            "Licenses and Certificates: a first aid certificate",
            "Licensure / certification: Notary public commission",
            "Competencies: Communication",
            "Duties: files records and letters for the whole office",
            "Duties: assigns work to clerks",
            "Supervision exercised: Leads two clerks",
        ], items);
    }

    [Fact]
    public void A_class_compared_with_itself_asks_nothing_new()
    {
        Assert.Empty(Checklist("office-lead", "office-lead"));
    }

    private static IReadOnlyList<string> Checklist(string current, string target)
    {
        var build = Office.BuildClean().Result;
        JsonNode Record(string slug) => JsonNode.Parse(build.Files.Single(f => f.Path == $"api/classes/{slug}.json").Bytes)!;
        var output = JsPort.Run([new JsonObject { ["op"] = "checklist", ["before"] = Record(current), ["after"] = Record(target) }]);
        return output[0]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
    }
}
