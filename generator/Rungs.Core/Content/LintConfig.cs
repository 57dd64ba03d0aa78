namespace Rungs.Content;

/// <summary>How each lint is set in site.yml `lint:`: its level and options; a rule not mentioned is a warning with its defaults.</summary>
public sealed record LintConfig(IReadOnlyDictionary<string, LintLevel> Levels, IReadOnlyDictionary<(string Rule, string Option), int> Options)
{
    /// <summary>Every rule a warning, with its default options.</summary>
    public static readonly LintConfig Default = new(new Dictionary<string, LintLevel>(), new Dictionary<(string, string), int>());

    public LintLevel LevelOf(LintRuleInfo rule) => Levels.GetValueOrDefault(rule.Id, LintLevel.Warning);

    /// <summary>The value of one of a rule's options: as site.yml sets it, else its default.</summary>
    public int OptionOf(LintRuleInfo rule, string option) =>
        Options.TryGetValue((rule.Id, option), out var value) ? value : rule.Options.First(o => o.Name == option).Default;
}
