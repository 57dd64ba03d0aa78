namespace Rungs.Comparison.Specs;

/// <summary>A field whose value differs between two classes (`Pay grade: 15 → 16`), with the word diff of the two values.</summary>
public sealed record FieldChange(string Id, string Label, string? Before, string? After, IReadOnlyList<WordSegment> Words)
{
    /// <summary>A field's value for comparing: a blank value and a missing one say the same thing (null).</summary>
    public static string? ValueOf(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
