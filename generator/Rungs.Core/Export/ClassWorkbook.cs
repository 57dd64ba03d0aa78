using System.IO.Compression;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Output;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Rungs.Export;

/// <summary>
/// `classes.xlsx`: the class catalogue (<see cref="CatalogueTable"/>, the same columns as `classes.csv`) as a workbook with
/// typed cells, for spreadsheets: codes, grades and titles are text cells, so `001368` and `02` keep their zeros; the
/// level and declared `number` fields are numbers; declared `date` fields are dates. Text cells are never formulas, so no
/// guard is needed. Byte-identical for the same content: no document properties (they hold the creation time), and the
/// package is re-zipped with one fixed timestamp. Documented in docs/data.md.
/// </summary>
public static class ClassWorkbook
{
    public const string Path = "classes.xlsx";

    public const string SheetName = "Classes";

    // The earliest time a zip entry can hold: the same on every machine and in every time zone.
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static OutputFile File(CatalogueTable table)
    {
        using var written = new MemoryStream();
        // SpreadCheetah only writes asynchronously; to a memory stream nothing waits, so blocking here costs nothing.
        Write(table, written).GetAwaiter().GetResult();
        return new OutputFile(Path, WithFixedTimes(written.ToArray()));
    }

    private static async Task Write(CatalogueTable table, Stream stream)
    {
        var options = new SpreadCheetahOptions { DocumentProperties = null, CompressionLevel = SpreadCheetahCompressionLevel.Fastest };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, options);
        await spreadsheet.StartWorksheetAsync(SheetName);
        var header = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
        await spreadsheet.AddRowAsync(table.Columns.Select(c => new Cell(c.Header, header)).ToArray());
        foreach (var row in table.Rows)
        {
            var cells = new Cell[row.Count];
            for (var i = 0; i < cells.Length; i++) cells[i] = CellOf(row[i], table.Columns[i].Type, date);
            await spreadsheet.AddRowAsync(cells);
        }

        await spreadsheet.FinishAsync();
    }

    private static Cell CellOf(string value, CatalogueCellType type, StyleId date)
    {
        if (value.Length == 0) return new Cell((string?)null);
        return type switch
        {
            CatalogueCellType.Number when FieldValue.TryNumber(value, out var n) => new Cell(n),
            CatalogueCellType.Date when FieldValue.TryDate(value, out var d) => new Cell(d.ToDateTime(TimeOnly.MinValue), date),
            _ => new Cell(value),
        };
    }

    /// <summary>The same package with every entry stamped <see cref="FixedTime"/>, in the same order, so builds compare byte for byte.</summary>
    private static byte[] WithFixedTimes(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
