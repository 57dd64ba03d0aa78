using System.Globalization;
using System.Text;

namespace Rungs.Corpus;

/// <summary>Writes YAML keys the way people write front matter: plain scalars where they are safe, quotes where YAML would misread them.</summary>
internal sealed class YamlText(StringBuilder text)
{
    // Words YAML (1.1 or 1.2) could read as something other than text, plus "None", which readers take for "nothing".
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "none", "~",
    };

    public YamlText Text(string key, string value)
    {
        text.Append(key).Append(": ").Append(Scalar(value)).Append('\n');
        return this;
    }

    /// <summary>Always quoted, as the sample content quotes codes, grades and one-line summaries.</summary>
    public YamlText Quoted(string key, string value)
    {
        text.Append(key).Append(": ").Append(DoubleQuoted(value)).Append('\n');
        return this;
    }

    public YamlText Number(string key, int value)
    {
        text.Append(key).Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    public YamlText Flag(string key, bool value)
    {
        text.Append(key).Append(": ").Append(value ? "true" : "false").Append('\n');
        return this;
    }

    public YamlText Date(string key, DateOnly value)
    {
        text.Append(key).Append(": ").Append(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    /// <summary>A block list (`- item` lines), skipped when empty.</summary>
    public YamlText List(string key, IReadOnlyCollection<string> items)
    {
        if (items.Count == 0) return this;
        text.Append(key).Append(":\n");
        foreach (var item in items) text.Append("  - ").Append(Scalar(item)).Append('\n');
        return this;
    }

    /// <summary>A flow list of slugs (`[a, b]`), skipped when empty; slugs never need quotes.</summary>
    public YamlText SlugList(string key, IReadOnlyCollection<string> slugs)
    {
        if (slugs.Count == 0) return this;
        text.Append(key).Append(": [").AppendJoin(", ", slugs).Append("]\n");
        return this;
    }

    /// <summary>The value as a plain scalar when YAML reads it back unchanged as text, else double-quoted.</summary>
    public static string Scalar(string value) => IsPlainSafe(value) ? value : DoubleQuoted(value);

    private static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]) || value[^1] is ':' or ' ' || Reserved.Contains(value)) return false;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)) return false;
        foreach (var c in value)
            if (!(char.IsAsciiLetterOrDigit(c) || c is ' ' or ',' or '.' or '\'' or '(' or ')' or '/' or '-' or '+' or '&' or ';'))
                return false;
        return true;
    }

    private static string DoubleQuoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
