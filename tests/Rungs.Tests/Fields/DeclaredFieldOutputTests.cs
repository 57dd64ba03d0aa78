using System.Text.Json.Nodes;
using Rungs.Review;
using Rungs.Search;
using Rungs.Tests.Support;

namespace Rungs.Tests.Fields;

/// <summary>
/// Given a site that declares fields, each value shows in the class's facts, on the ladder (`ladder: true`), in "fields
/// that change" (`compare: true`) and in `rungs diff` (all of them), in the search document (`search: true`) and in the
/// JSON data; a class without its own value takes its series' default.
/// </summary>
public class DeclaredFieldOutputTests
{
    private static readonly BuiltSite Site = FieldsSite.Create().BuildClean();

    [Fact]
    public void The_class_facts_show_every_declared_field_after_the_built_in_ones_in_declaration_order()
    {
        var page = Site.Page("series/cs/cs-assistant/index.html");

        Assert.Contains("""<div class="fact" data-fact="field-schematic-code">""", page);
        var start = page.IndexOf("<dl class=\"facts\">", StringComparison.Ordinal);
        var facts = Html.TextOf(page[start..page.IndexOf("</dl>", start, StringComparison.Ordinal)]);
        Assert.EndsWith("Schematic code 000412 Examination Written test Hours per week 40 Adopted July 1, 2019 Bargaining units A1", facts);
        Assert.Contains("""<time datetime="2019-07-01">July 1, 2019</time>""", page);
    }

    [Fact]
    public void A_class_value_replaces_the_series_default_and_a_list_reads_as_its_entries()
    {
        var facts = Site.Text("series/cs/cs-representative/index.html");

        Assert.Contains("Hours per week 37.5", facts);
        Assert.Contains("Bargaining units A1, B2", facts);
    }

    [Fact]
    public void The_ladder_shows_only_the_fields_declared_for_it()
    {
        var page = Site.Page("series/cs/index.html");
        var start = page.IndexOf("<ol class=\"ladder\">", StringComparison.Ordinal);
        var ladder = Html.TextOf(page[start..page.IndexOf("</ol>", start, StringComparison.Ordinal)]);

        Assert.Contains("CS Assistant Code 001368 Grade 02 Schematic code 000412 Hours per week 40", ladder);
        Assert.Contains("CS Representative Code 001369 Grade 03 Schematic code 000413 Hours per week 37.5", ladder);
        Assert.DoesNotContain("Examination", ladder);
    }

    [Fact]
    public void The_level_step_lists_the_compared_fields_that_change_and_no_others()
    {
        var page = Site.Page("series/cs/compare/cs-assistant..cs-representative/index.html");

        Assert.Contains("data-field=\"schematic_code\"", page);
        Assert.Contains("data-field=\"exam\"", page);
        Assert.Contains("data-field=\"adopted\"", page);
        Assert.DoesNotContain("data-field=\"hours\"", page);
        Assert.DoesNotContain("data-field=\"units\"", page);
    }

    [Fact]
    public void The_levels_side_by_side_have_a_row_for_each_compared_field()
    {
        var text = Site.Text("series/cs/compare/index.html");

        Assert.Contains("Schematic code 000412 000413", text);
        Assert.Contains("Examination Written test Oral board", text);
        Assert.DoesNotContain("Hours per week", text);
    }

    [Fact]
    public void Rungs_diff_reports_every_changed_declared_field_and_a_changed_series_default()
    {
        var before = FieldsSite.Create();
        var after = before
            .With("series/cs/cs-assistant.md", before.Files["series/cs/cs-assistant.md"].Replace("exam: Written test", "exam: Written and oral test"))
            .With("series/cs/_series.md", before.Files["series/cs/_series.md"].Replace("hours: 40", "hours: 35"));

        var entries = SiteDiff.Compare(LoadedSite.Load(before.Sources()), LoadedSite.Load(after.Sources()));

        // The assistant's own edit, and the default it takes from its series.
        var assistant = Assert.Single(entries, e => e.Current.Slug == "cs-assistant");
        Assert.Equal([("exam", "Examination", "Written test", "Written and oral test"), ("hours", "Hours per week", "40", "35")],
            assistant.Fields.Select(f => (f.Id, f.Label, f.Before, f.After)));
        var series = Assert.Single(entries, e => e.Current.Slug == "cs");
        var defaults = Assert.Single(series.Fields);
        Assert.Equal(("defaults", "hours: 40; units: A1", "hours: 35; units: A1"), (defaults.Id, defaults.Before, defaults.After));
    }

    [Fact]
    public void The_search_document_holds_the_searchable_fields_a_code_as_a_code()
    {
        var document = SearchDocuments.Of(Site.Result.Site!).Single(d => d.Title == "CS Representative");
        var fields = document.Fields.Select(f => (f.Field, f.Text.ToString() ?? "")).ToList();

        Assert.Contains((SearchField.Code, "000413"), fields);
        Assert.Contains((SearchField.Facts, "A1, B2"), fields);
        Assert.DoesNotContain(fields, f => f.Item2.Contains("Oral board", StringComparison.Ordinal));
    }

    [Fact]
    public void The_json_data_has_every_declared_field_typed_and_the_compared_ones_as_attributes()
    {
        var record = JsonNode.Parse(Site.Page("api/classes/cs-representative.json"))!;

        Assert.Equal("""
            [{"key":"schematic_code","label":"Schematic code","type":"code","value":"000413","items":["000413"]},{"key":"exam","label":"Examination","type":"text","value":"Oral board","items":["Oral board"]},{"key":"hours","label":"Hours per week","type":"number","value":"37.5","items":["37.5"]},{"key":"adopted","label":"Adopted","type":"date","value":"2020-01-15","items":["2020-01-15"]},{"key":"units","label":"Bargaining units","type":"list","value":"A1, B2","items":["A1","B2"]}]
            """, record["fields"]!.ToJsonString());
        var attributes = record["attributes"]!.AsArray().Select(a => (string)a!["id"]!).ToList();
        Assert.Equal(["schematic_code", "exam", "adopted"], attributes.Skip(attributes.IndexOf("schematic_code")));
        Assert.Equal("001369", (string)record["code"]!);
    }

    [Fact]
    public void A_site_without_declared_fields_writes_no_fields_key()
    {
        var record = JsonNode.Parse(TestSite.Minimal().BuildClean().Page("api/classes/cs-assistant.json"))!.AsObject();

        Assert.False(record.ContainsKey("fields"));
        Assert.False(record.ContainsKey("organisation"));
    }
}
