using System.Text;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Output;

namespace Rungs.Export;

/// <summary>
/// `classes.csv`: every class on one row (the columns of <see cref="CatalogueTable"/>), written so that Excel opens it
/// correctly by double-click: UTF-8 with a byte order mark (without it Excel reads the file as the local code page and
/// mangles non-ASCII), CRLF line ends and RFC 4180 quoting. Documented in docs/data.md.
/// </summary>
public static class ClassCatalogue
{
    public const string Path = "classes.csv";

    /// <summary>
    /// The catalogue file, with the columns of <see cref="CatalogueTable"/>. URLs are absolute when the site's base URL is
    /// known (`--base-url`, else `base_url` in site.yml), else the class page's clean path relative to the site root
    /// (`series/cs/cs-assistant/`). Values are written as they are: a code such as `001368` is the six characters
    /// `001368` (RFC 4180 has no types); spreadsheets that read a bare CSV as numbers should open `classes.xlsx` instead.
    /// </summary>
    public static OutputFile File(CatalogueTable table)
    {
        var text = new StringBuilder();
        Row(text, table.Columns.Select(c => c.Header).ToArray());
        foreach (var row in table.Rows) Row(text, row);

        var bom = Encoding.UTF8.GetPreamble();
        return new OutputFile(Path, [.. bom, .. new UTF8Encoding(false).GetBytes(text.ToString())]);
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Field(fields[i]));
        }

        text.Append("\r\n");
    }

    /// <summary>One field, guarded and quoted as RFC 4180 asks: in quotes when it holds a comma, quote, CR or LF; quotes doubled.</summary>
    public static string Field(string value)
    {
        // Formula injection: Excel and other spreadsheets run a cell that starts with =, +, - or @ as a formula, so a
        // title such as `=HYPERLINK(...)` in a spec could act when HR staff open the catalogue. A leading apostrophe
        // makes the cell plain text (OWASP's advice). Codes and titles do not normally start with these characters.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
