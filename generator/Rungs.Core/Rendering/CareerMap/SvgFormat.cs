using System.Buffers;
using System.Globalization;
using System.Text;

namespace Rungs.Rendering.CareerMap;

/// <summary>How values are written into the SVG: escaped for XML and HTML alike, numbers culture-invariant.</summary>
internal static class SvgFormat
{
    private static readonly SearchValues<char> XmlSpecials = SearchValues.Create("&<>\"'");

    /// <summary>A coordinate rounded to one decimal place ("12", "12.5"), the same on every machine.</summary>
    public static string Num(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // never "-0"
        return rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text or attribute content with the five XML specials escaped; the text is cleaned first so the output always parses.</summary>
    public static string Escape(string? text)
    {
        var clean = MapText.Clean(text);
        if (clean.AsSpan().IndexOfAny(XmlSpecials) < 0) return clean;
        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
