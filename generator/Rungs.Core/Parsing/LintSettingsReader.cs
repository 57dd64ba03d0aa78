using System.Globalization;
using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>Reads site.yml `lint:`: each rule `off`, `warning` or `error`, or `{ level: …, &lt;option&gt;: N }`.</summary>
public static class LintSettingsReader
{
    /// <summary>The levels a rule takes, as site.yml writes them.</summary>
    public static readonly IReadOnlyList<string> LevelValues = ["off", "warning", "error"];

    public static LintConfig Read(FrontMatterFields f)
    {
        var levels = new Dictionary<string, LintLevel>(StringComparer.Ordinal);
        var options = new Dictionary<(string, string), int>();
        foreach (var entry in f.NamedValues("lint"))
        {
            if (LintCatalog.Find(entry.Name) is not { } rule)
            {
                var rules = string.Join(", ", LintCatalog.All.Select(r => r.Id));
                f.Error(DiagnosticCodes.LintSetting, entry.NameAt, $"unknown lint rule `{entry.Name}`; the rules are {rules}",
                    SpellingSuggestion.Closest(entry.Name.ToLowerInvariant().Replace('-', '_'), LintCatalog.All.Select(r => r.Id).ToList()) is { } near
                        ? $"did you mean `{near}`?"
                        : "docs/content-model.md, \"Lints\", says what each rule finds");
                continue;
            }

            if (entry.Text is { } text)
            {
                if (Level(f, rule, text, entry.ValueAt) is { } level) levels[rule.Id] = level;
            }
            else if (entry.Fields is { } fields)
                ReadOptions(f, rule, fields, levels, options);
            else
                f.Error(DiagnosticCodes.LintSetting, entry.ValueAt, $"lint rule `{rule.Id}` must be set to off, warning or error",
                    $"e.g. `{rule.Id}: off`" + (rule.Options.Count > 0 ? $", or `{rule.Id}: {{ level: warning, {rule.Options[0].Name}: {rule.Options[0].Default} }}`" : ""));
        }

        return levels.Count == 0 && options.Count == 0 ? LintConfig.Default : new LintConfig(levels, options);
    }

    private static void ReadOptions(FrontMatterFields f, LintRuleInfo rule, FrontMatterFields fields,
        Dictionary<string, LintLevel> levels, Dictionary<(string, string), int> options)
    {
        foreach (var value in fields.AllValues())
        {
            var option = rule.Options.FirstOrDefault(o => o.Name == value.Name);
            if (value.Name != "level" && option is null)
            {
                f.Error(DiagnosticCodes.LintSetting, value.NameAt, $"lint rule `{rule.Id}` has no option `{value.Name}`",
                    "its options are " + string.Join(", ", rule.Options.Select(o => $"`{o.Name}`").Prepend("`level`")));
                continue;
            }

            if (value.Text is null)
                f.Error(DiagnosticCodes.LintSetting, value.ValueAt, $"`{value.Name}` of lint rule `{rule.Id}` must be a single value",
                    value.Name == "level" ? "write off, warning or error" : $"write a whole number, e.g. `{value.Name}: {option!.Default}`");
            else if (option is null)
            {
                if (Level(f, rule, value.Text, value.ValueAt) is { } level) levels[rule.Id] = level;
            }
            else if (int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= option.Min)
                options[(rule.Id, option.Name)] = number;
            else
                f.Error(DiagnosticCodes.LintSetting, value.ValueAt, $"`{option.Name}` of lint rule `{rule.Id}` must be a whole number of at least {option.Min}, not \"{value.Text}\"",
                    $"e.g. `{option.Name}: {option.Default}` (the default)");
        }
    }

    private static LintLevel? Level(FrontMatterFields f, LintRuleInfo rule, string text, SourcePosition at)
    {
        var index = LevelValues.ToList().FindIndex(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
        if (index >= 0) return (LintLevel)index;
        f.Error(DiagnosticCodes.LintSetting, at, $"lint rule `{rule.Id}` must be off, warning or error, not \"{text}\"",
            SpellingSuggestion.Closest(text.ToLowerInvariant(), LevelValues) is { } near ? $"did you mean `{near}`?" : null);
        return null;
    }
}
