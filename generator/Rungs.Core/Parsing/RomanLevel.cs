namespace Rungs.Parsing;

/// <summary>
/// Recognises a level written as a Roman numeral (I–XX, any case), as many employers number their levels, so the
/// error can say how to write it: the number in `level`, the numeral in `level_label`.
/// </summary>
public static class RomanLevel
{
    // Levels past XX do not occur in a series; a longer word is more likely a typo than a numeral.
    private static readonly string[] Numerals =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

    /// <summary>The number <paramref name="text"/> writes in canonical Roman numerals from I to XX, or null.</summary>
    private static int? Of(string text)
    {
        var index = Array.FindIndex(Numerals, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + 1;
    }

    /// <summary>The hint for `level: III`, or null when the value is not a numeral.</summary>
    public static string? Hint(string text) => Of(text) is { } number
        ? $"write the level as a number and the numeral as its label: `level: {number}` and `level_label: {text}`"
        : null;
}
