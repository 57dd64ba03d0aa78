using System.Globalization;
using System.Text;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Output;

namespace Rungs.Export;

/// <summary>
/// `classes.csv`: every class on one row (code, title, series, level, grade, FLSA, URL, and track on a site with tracks), written so that Excel opens it
/// correctly by double-click: UTF-8 with a byte order mark (without it Excel reads the file as the local code page and
/// mangles non-ASCII), CRLF line ends and RFC 4180 quoting. Documented in docs/data.md.
/// </summary>
public static class ClassCatalogue
{
    public const string Path = "classes.csv";

    public static readonly IReadOnlyList<string> Header = ["Code", "Title", "Series", "Level", "Grade", "FLSA", "URL"];

    /// <summary>
    /// The catalogue file. URLs are absolute when the site's base URL is known (`--base-url`, else `base_url` in
    /// site.yml), else the class page's clean path relative to the site root (`series/cs/cs-assistant/`).
    /// </summary>
    public static OutputFile File(SiteModel site, BaseUrl? baseUrl = null)
    {
        baseUrl ??= site.Config.BaseUrl;
        var text = new StringBuilder();
        // A last column, Track, only on a site whose classes name tracks: other sites' catalogues keep their columns.
        var tracks = site.Classes.Any(c => site.LadderOf(c).TrackOf(c) is not null);
        Row(text, tracks ? [.. Header, "Track"] : Header);
        foreach (var spec in site.Classes)
        {
            var ladder = site.LadderOf(spec);
            var url = baseUrl is null
                ? SiteUrls.Clean(SiteUrls.Class(spec))
                : SiteUrls.Absolute(baseUrl, SiteUrls.Class(spec));
            string[] row = [spec.Code ?? "", spec.Title, ladder.Spec.Title, spec.Level.ToString(CultureInfo.InvariantCulture),
                spec.Grade ?? "", FactFormat.Flsa(spec.Flsa) ?? "", url];
            Row(text, tracks ? [.. row, ladder.TrackOf(spec) ?? ""] : row);
        }

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
