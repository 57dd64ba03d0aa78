using System.Globalization;

namespace Rungs.Content;

/// <summary>
/// A declared field's value on a class or in a series' `defaults`: <see cref="Text"/> as pages show it (a code, number or
/// text exactly as written, a date as `YYYY-MM-DD`, a list's entries joined by ", "), and a list's own entries.
/// </summary>
public sealed record FieldValue(string Key, string Text, IReadOnlyList<string> Items)
{
    /// <summary>A single value (every type but a list).</summary>
    public static FieldValue Of(string key, string text) => new(key, text, [text]);

    /// <summary>A list's value.</summary>
    public static FieldValue OfList(string key, IReadOnlyList<string> items) => new(key, string.Join(", ", items), items);

    /// <summary>Reads a `number` value as written: digits with an optional sign and decimal point, culture-invariant.</summary>
    public static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    /// <summary>Reads a `date` value as kept (`YYYY-MM-DD`).</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
