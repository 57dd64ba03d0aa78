using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>
/// A class key a site declares in `site.yml` `fields:` (bargaining unit, schematic code, …): its label, type, and where it
/// shows beyond the class's facts and the exports (search, comparisons, the ladder).
/// </summary>
public sealed record FieldDeclaration(string Key, string Label, FieldType Type, bool Search, bool Compare, bool Ladder, SourcePosition Position)
{
    /// <summary>The type names `type:` accepts, in <see cref="FieldType"/> order.</summary>
    public static readonly IReadOnlyList<string> TypeNames = ["code", "text", "number", "date", "list"];

    /// <summary>The name of the type as `type:` spells it.</summary>
    public string TypeName => TypeNames[(int)Type];

    /// <summary>True for a key a front matter can use: a lowercase letter, then lowercase letters, digits and underscores, at most 40 characters.</summary>
    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 40 && key[0] is >= 'a' and <= 'z' && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_');

    /// <summary>The label a key gets when its declaration names none: `schematic_code` → "Schematic code".</summary>
    public static string LabelOf(string key) => char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ');
}
