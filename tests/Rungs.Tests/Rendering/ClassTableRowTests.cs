using Rungs.Rendering.Views;
using Rungs.Tests.Support;
using Scriban.Runtime;

namespace Rungs.Tests.Rendering;

/// <summary>
/// Class tables print rows made once per class in code (ClassTableRow) instead of through class-table.html's loop: the
/// two must give the same bytes, escaping, missing fields and the page's root included.
/// </summary>
public sealed class ClassTableRowTests
{
    public static TheoryData<string?> Texts => new()
    {
        "plain words",
        "</script><script>alert(1)</script>",
        "a & b < c > d \"quoted\" 'single'",
        "line\u2028separator and \u00e9t\u00e9 \ud83d\ude00",
        "",
        null,
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Rows_are_the_markup_of_the_class_table_loop(string? text)
    {
        var cards = new List<ClassCard>
        {
            new("a", "Title " + text, "series/s/a/index.html", text, 1, "Level " + text, text, text, text, "Series " + text, "series/s/index.html"),
            new("b", "Plain", "series/s/b/index.html", "C1", 2, "Level 2", "12", "Exempt", "HRIS", "Series", "series/s/index.html"),
        };

        foreach (var root in new[] { "", "../", "../../" })
        {
            var rows = string.Concat(cards.Select(card => Written(ClassTableRow.Of(card), root)));
            Assert.Equal(ClassTable(cards, root, rowsHtml: null), ClassTable(cards, root, rows));
        }
    }

    [Fact]
    public void A_table_s_rows_written_straight_into_the_page_are_the_markup_of_the_loop()
    {
        var cards = new List<ClassCard>
        {
            new("a", "A & b", "series/s/a/index.html", "C1", 1, "Level 1", "10", "Exempt", null, "Series", "series/s/index.html"),
            new("b", "Plain", "series/s/b/index.html", "C2", 2, "Level 2", "12", "Exempt", "HRIS", "Series", "series/s/index.html"),
        };
        var rows = cards.Select(ClassTableRow.Of).ToList();

        foreach (var root in new[] { "", "../../" })
        {
            var markup = new ClassTableRows(rows, root, rows.Sum(r => r.Length(root)));
            Assert.Equal(ClassTable(cards, root, rowsHtml: null), ClassTable(cards, root, markup));
        }
    }

    [Fact]
    public void A_row_writes_exactly_its_length()
    {
        var row = ClassTableRow.Of(new("a", "T & t", "series/s/a/index.html", null, 1, "Level 1", null, null, null, "S", "series/s/index.html"));
        var buffer = new char[row.Length("../../") + 1];

        Assert.Equal(row.Length("../../"), row.CopyTo(buffer, "../../"));
        Assert.Equal('\0', buffer[^1]);
    }

    private static string Written(ClassTableRow row, string root)
    {
        var buffer = new char[row.Length(root)];
        Assert.Equal(buffer.Length, row.CopyTo(buffer, root));
        return new string(buffer);
    }

    private static string ClassTable(IReadOnlyList<ClassCard> rows, string root, object? rowsHtml) =>
        DefaultThemePartial.Render("class-table.html",
            new ScriptObject { ["rows"] = rows, ["rows_html"] = rowsHtml, ["caption"] = "Classes", ["root"] = root });
}
