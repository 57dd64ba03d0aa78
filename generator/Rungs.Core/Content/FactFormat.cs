using System.Globalization;

namespace Rungs.Content;

/// <summary>How field values read on a page: culture-invariant, so output never depends on the machine.</summary>
public static class FactFormat
{
    public static string? Flsa(string? value) => value switch
    {
        null => null,
        "non-exempt" => "Non-exempt",
        "exempt" => "Exempt",
        _ => value,
    };

    public static string? Kind(string? value) =>
        value is null ? null : char.ToUpperInvariant(value[0]) + value[1..];

    /// <summary>A date as people read it ("August 15, 2010").</summary>
    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date as machines read it (`2010-08-15`), for `datetime` attributes.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
