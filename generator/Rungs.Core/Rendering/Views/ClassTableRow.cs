using System.Net;
using System.Text;

namespace Rungs.Rendering.Views;

/// <summary>
/// One class's row of the theme's class-table.html, escaped as `html.escape` escapes, made once per class; only the
/// page's way back to the site root (`root`) is filled in per page.
/// </summary>
public sealed class ClassTableRow
{
    // The row's text either side of its two links' `root`: before the class link, between it and the series link, after.
    private readonly string _head;
    private readonly string _middle;
    private readonly string _tail;

    private ClassTableRow(string head, string middle, string tail) => (_head, _middle, _tail) = (head, middle, tail);

    public static ClassTableRow Of(ClassCard c)
    {
        var head = "    <tr>\n      <td class=\"code\">" + Escape(c.Code) + "</td>\n      <th scope=\"row\"><a href=\"";
        var middle = new StringBuilder()
            .Append(c.Url).Append("\">").Append(Escape(c.Title)).Append("</a>");
        // As the template's `if`: in Scriban an empty string is true, only null is false.
        if (c.HrisTitle is not null) middle.Append(" <span class=\"muted\">(").Append(Escape(c.HrisTitle)).Append(")</span>");
        middle.Append("</th>\n      <td><a href=\"");
        var tail = new StringBuilder()
            .Append(c.SeriesUrl).Append("\">").Append(Escape(c.SeriesTitle)).Append("</a></td>\n")
            .Append("      <td>").Append(Escape(c.LevelName)).Append("</td>\n")
            .Append("      <td>").Append(Escape(c.Grade)).Append("</td>\n")
            .Append("      <td>").Append(Escape(c.Flsa)).Append("</td>\n")
            .Append("    </tr>\n");
        return new ClassTableRow(head, middle.ToString(), tail.ToString());
    }

    /// <summary>The row's length in characters as a page whose way back to the site root is <paramref name="root"/> shows it.</summary>
    public int Length(string root) => _head.Length + _middle.Length + _tail.Length + 2 * root.Length;

    /// <summary>Writes the row as a page whose way back to the site root is <paramref name="root"/> shows it at the start of <paramref name="destination"/>, which holds at least <see cref="Length"/> characters; returns the characters written.</summary>
    public int CopyTo(Span<char> destination, string root)
    {
        var at = 0;
        foreach (var part in (ReadOnlySpan<string>)[_head, root, _middle, root, _tail])
        {
            part.CopyTo(destination[at..]);
            at += part.Length;
        }

        return at;
    }

    private static string Escape(string? text) => text is null ? "" : WebUtility.HtmlEncode(text);
}
