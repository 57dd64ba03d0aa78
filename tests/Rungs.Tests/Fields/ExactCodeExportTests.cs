using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rungs.Tests.Support;

namespace Rungs.Tests.Fields;

/// <summary>
/// Codes stay exact in every export: `001368` and grade `02`, written unquoted in YAML, are the same six and two
/// characters in the CSV, the JSON and the XLSX catalogue, where they are text cells (numbers and dates are typed).
/// </summary>
public class ExactCodeExportTests
{
    private static readonly BuiltSite Site = FieldsSite.Create().BuildClean();

    private static byte[] Bytes(BuiltSite site, string path) => site.Result.Files.Single(f => f.Path == path).Bytes;

    [Fact]
    public void The_csv_has_a_column_per_declared_field_and_keeps_leading_zeros_as_written()
    {
        var csv = Encoding.UTF8.GetString(Bytes(Site, "classes.csv")).TrimStart('\uFEFF');

        Assert.Equal(
            "Code,Title,Series,Level,Grade,FLSA,URL,Schematic code,Examination,Hours per week,Adopted,Bargaining units\r\n" +
            "001368,CS Assistant,Customer Service Series,1,02,,series/cs/cs-assistant/,000412,Written test,40,2019-07-01,A1\r\n" +
            "001369,CS Representative,Customer Service Series,2,03,,series/cs/cs-representative/,000413,Oral board,37.5,2020-01-15,\"A1, B2\"\r\n",
            csv);
    }

    [Fact]
    public void The_xlsx_has_one_row_per_class_with_codes_as_text_and_typed_numbers_and_dates()
    {
        var rows = Workbook.Rows(Bytes(Site, "classes.xlsx"));

        Assert.Equal(["Code", "Title", "Series", "Level", "Grade", "FLSA", "URL", "Schematic code", "Examination", "Hours per week", "Adopted", "Bargaining units"],
            rows[0].Select(c => c.Text));
        Assert.Equal(3, rows.Count);
        var assistant = rows[1];
        Assert.Equal(("001368", Workbook.Kind.Text), (assistant[0].Text, assistant[0].Type));
        Assert.Equal(("02", Workbook.Kind.Text), (assistant[4].Text, assistant[4].Type));
        Assert.Equal(("000412", Workbook.Kind.Text), (assistant[7].Text, assistant[7].Type));
        Assert.Equal(("1", Workbook.Kind.Number), (assistant[3].Text, assistant[3].Type));
        Assert.Equal(("40", Workbook.Kind.Number), (assistant[9].Text, assistant[9].Type));
        Assert.Equal(Workbook.Kind.Date, assistant[10].Type);
        Assert.Equal(new DateTime(2019, 7, 1), DateTime.FromOADate(double.Parse(assistant[10].Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(("37.5", Workbook.Kind.Number), (rows[2][9].Text, rows[2][9].Type));
        Assert.Equal("A1, B2", rows[2][11].Text);
        Assert.Equal("", assistant[5].Text);
    }

    [Fact]
    public void The_xlsx_is_byte_identical_across_builds()
    {
        var first = Bytes(FieldsSite.Create().BuildClean(), "classes.xlsx");
        // Zip entries keep the time to two seconds: builds further apart than that would differ if a clock leaked in.
        Thread.Sleep(2100);
        var second = Bytes(FieldsSite.Create().BuildClean(), "classes.xlsx");

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_all_classes_page_links_to_the_xlsx_catalogue()
    {
        Assert.Contains("<a href=\"../classes.xlsx\" download>Download for Excel (XLSX)</a>", Site.Page("classes/index.html"));
    }
}

/// <summary>Reads the first sheet of an XLSX package the way a spreadsheet program does (OpenXML SDK), cell by cell.</summary>
internal static class Workbook
{
    public enum Kind
    {
        Text,
        Number,
        Date,
        Empty,
    }

    public sealed record CellValue(string Text, Kind Type);

    public static List<List<CellValue>> Rows(byte[] package)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(package), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new List<List<CellValue>>();
        foreach (var row in sheet.Descendants<Row>())
        {
            var cells = new List<CellValue>();
            foreach (var cell in row.Elements<Cell>())
            {
                var type = cell.DataType?.Value;
                if (type == CellValues.InlineString) cells.Add(new(cell.InlineString!.InnerText, Kind.Text));
                else if (type == CellValues.SharedString) cells.Add(new(shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)], Kind.Text));
                else if (type == CellValues.String) cells.Add(new(cell.CellValue!.Text, Kind.Text));
                else if (cell.CellValue is null) cells.Add(new("", Kind.Empty));
                else
                {
                    var style = cell.StyleIndex?.Value is { } index ? formats[(int)index] : null;
                    var numberFormat = style?.NumberFormatId?.Value ?? 0;
                    var isDate = numberFormat is >= 14 and <= 22 || (numberFormat >= 164 && workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!
                        .Elements<NumberingFormat>().Any(f => f.NumberFormatId!.Value == numberFormat && f.FormatCode!.Value!.Contains("yy", StringComparison.Ordinal)));
                    cells.Add(new(cell.CellValue.Text, isDate ? Kind.Date : Kind.Number));
                }
            }

            result.Add(cells);
        }

        return result;
    }
}
