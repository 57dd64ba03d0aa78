using System.Text.Json;
using Rungs.Linking;
using Rungs.Output;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>
/// `classes/rows.js`: every row of the all-classes table, compact, for its filter to search every class when the table
/// is split into pages. A script that calls `rungsClassRows([...])`, not JSON, so that it loads from disk (file://) too.
/// Each row is [code, title, HRIS title, class URL, series title, organisation, level, grade, FLSA], URLs from the site
/// root; the series page is the class page's parent folder.
/// </summary>
public static class ClassRowsScript
{
    public const string Path = "classes/rows.js";

    /// <summary>The script, or null on a site whose classes fit one page (its table holds them all).</summary>
    public static OutputFile? File(SiteModel site, ClassCards cards)
    {
        var all = cards.Cards(site.Classes);
        if (all.Count <= ClassIndexPages.PageSize) return null;
        using var buffer = new MemoryStream();
        buffer.Write("rungsClassRows("u8);
        // The default encoder escapes <, > and & too, so no title can end the script early.
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var c in all)
            {
                json.WriteStartArray();
                foreach (var value in new[] { c.Code, c.Title, c.HrisTitle, c.Url, c.SeriesTitle, c.Organisation, c.Track is null ? c.LevelName : $"{c.LevelName} · {c.Track}", c.Grade, c.Flsa })
                    json.WriteStringValue(value ?? "");
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        // Written as UTF-8 once, not decoded to a string and encoded again.
        buffer.Write(");\n"u8);
        return new OutputFile(Path, buffer.ToArray());
    }
}
