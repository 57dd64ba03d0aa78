using Rungs.Content;
using Rungs.Parsing;
using Rungs.Tests.Support;

namespace Rungs.Tests.Parsing;

/// <summary>docs/content-model.md lists every heading the build knows: its class-section table is the catalog, written out.</summary>
public sealed class SectionTableDocTests
{
    // Competencies and job models have their own sections, listed in their own paragraphs of the content model.
    private static readonly SectionKind[] NotClassSections =
        [SectionKind.Definition, SectionKind.ExemplaryPerformance, SectionKind.BelowTargetPerformance, SectionKind.RepresentativeBehaviours, SectionKind.Description];

    private static string Doc => File.ReadAllText(Path.Combine(Repo.Root, "docs", "content-model.md"));

    /// <summary>The table as the catalog makes it: paste the failure's "expected" text into the doc to refresh it.</summary>
    private static string Table() => string.Join("\n",
        new[] { "| section (id) | aliases |", "|---|---|" }.Concat(SectionCatalog.Headings
            .Where(h => !NotClassSections.Contains(h.Kind))
            .Select(h => $"| {h.Names[0]} (`{SectionCatalog.AnchorOf(h.Kind)}`) | {string.Join(", ", h.Names.Skip(1))} |")));

    [Fact]
    public void The_content_models_section_table_is_the_catalog_written_out()
    {
        var doc = Doc.Replace("\r\n", "\n");
        var start = doc.IndexOf("| section (id) | aliases |", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/content-model.md has no section table");
        var end = doc.IndexOf("\n\n", start, StringComparison.Ordinal);

        Assert.Equal(Table(), doc[start..end]);
    }

    [Fact]
    public void Every_heading_and_alias_of_every_kind_appears_in_the_content_model()
    {
        var doc = Doc;

        Assert.All(SectionCatalog.Headings.SelectMany(h => h.Names), name => Assert.Contains(name, doc));
    }
}
