using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>
/// Reads the fields a site declares (`site.yml` `fields:`) and their values in class front matter and series `defaults:`,
/// each checked by its declared type as built-in keys are.
/// </summary>
public static class DeclaredFields
{
    /// <summary>The keys a class's front matter has built in; a declared field may not take one (pinned by a test against <see cref="SpecReaders.ReadClass"/>).</summary>
    public static readonly IReadOnlySet<string> BuiltInClassKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "code", "level", "level_label", "hris_title", "grade", "flsa", "probation", "effective", "last_action",
        "aliases", "example_positions", "supervision_received", "supervision_exercised", "decision_authority",
        "budget_responsibility", "licensure", "other_preferences", "competencies", "ksas", "differs_from", "promotes_to",
        "includes_lower_level_work", "redirect_from", "track", "pay_scale",
    };

    /// <summary>`fields:` of site.yml: each entry a key with `label`, `type` and the `search`, `compare` and `ladder` switches.</summary>
    public static IReadOnlyList<FieldDeclaration> ReadDeclarations(FrontMatterFields f) =>
        f.NamedEntries("fields", (key, at, entry) =>
        {
            // Every setting is read first, so that each is known and checked even when the declaration is refused.
            var typeName = entry?.String("type", required: true);
            var label = entry?.String("label") ?? FieldDeclaration.LabelOf(key.Length > 0 ? key : "field");
            var search = entry?.Bool("search") ?? false;
            var compare = entry?.Bool("compare") ?? false;
            var ladder = entry?.Bool("ladder") ?? false;
            if (!FieldDeclaration.IsValidKey(key))
            {
                f.Error(DiagnosticCodes.FieldDeclaration, at, $"the field name `{key}` is not a valid key",
                    $"use lowercase letters, digits and underscores, starting with a letter, e.g. `{Suggest(key)}`");
                return null;
            }

            if (BuiltInClassKeys.Contains(key))
            {
                f.Error(DiagnosticCodes.FieldDeclaration, at, $"the field `{key}` is already a built-in class key",
                    $"remove this declaration and use `{key}:` as it is, or declare the field under another name");
                return null;
            }

            if (entry is null)
            {
                f.Error(DiagnosticCodes.FieldDeclaration, at, $"the field `{key}` needs its settings",
                    $"e.g. `{key}: {{ label: {FieldDeclaration.LabelOf(key)}, type: text }}`");
                return null;
            }

            if (typeName is null) return null;
            var type = FieldDeclaration.TypeNames.ToList().FindIndex(t => string.Equals(t, typeName, StringComparison.OrdinalIgnoreCase));
            if (type < 0)
            {
                var suggestion = SpellingSuggestion.Closest(typeName.ToLowerInvariant(), FieldDeclaration.TypeNames);
                entry.Error(DiagnosticCodes.FieldDeclaration, entry.PositionOf("type"),
                    $"the field `{key}` has the unknown type \"{typeName}\"",
                    (suggestion is null ? "" : $"did you mean `{suggestion}`? ") + $"the types are {string.Join(", ", FieldDeclaration.TypeNames)}");
                return null;
            }

            return new FieldDeclaration(key, label, (FieldType)type, search, compare, ladder, at);
        });

    /// <summary>The values of the declared fields that <paramref name="f"/> gives, in declaration order; reading them makes their keys known.</summary>
    public static IReadOnlyList<FieldValue> ReadValues(FrontMatterFields f, IReadOnlyList<FieldDeclaration> declared)
    {
        if (declared.Count == 0) return [];
        var values = new List<FieldValue>();
        foreach (var d in declared)
            if (ReadValue(f, d) is { } value) values.Add(value);
        return values.Count == 0 ? [] : values;
    }

    private static FieldValue? ReadValue(FrontMatterFields f, FieldDeclaration d)
    {
        switch (d.Type)
        {
            case FieldType.List:
                var items = f.StringList(d.Key);
                return items.Count == 0 ? null : FieldValue.OfList(d.Key, items);
            case FieldType.Date:
                return f.Date(d.Key) is { } date ? FieldValue.Of(d.Key, FactFormat.IsoDate(date)) : null;
            case FieldType.Number:
                var number = f.String(d.Key);
                if (number is null) return null;
                if (FieldValue.TryNumber(number, out _))
                    return FieldValue.Of(d.Key, number);
                f.Error(DiagnosticCodes.WrongType, f.PositionOf(d.Key), $"`{d.Key}` must be a number, not \"{number}\"",
                    $"write digits with an optional sign and decimal point, e.g. `{d.Key}: 40`");
                return null;
            default:
                // A code or text is the scalar as written: YAML's plain `001368` reaches here as its text, zeros kept.
                return f.String(d.Key) is { } text ? FieldValue.Of(d.Key, text) : null;
        }
    }

    private static string Suggest(string key)
    {
        var chars = key.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_').ToArray();
        var suggestion = new string(chars).Trim('_');
        while (suggestion.Contains("__", StringComparison.Ordinal)) suggestion = suggestion.Replace("__", "_", StringComparison.Ordinal);
        return suggestion.Length > 0 && suggestion[0] is >= 'a' and <= 'z' ? suggestion : "field_" + suggestion;
    }
}
