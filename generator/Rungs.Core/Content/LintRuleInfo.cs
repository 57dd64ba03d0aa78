namespace Rungs.Content;

/// <summary>A number a lint rule can be given in site.yml (`long_item: { words: 100 }`), with its default and least value.</summary>
public sealed record LintOptionInfo(string Name, int Default, int Min, string Meaning);

/// <summary>What a lint rule is called in site.yml, its diagnostic code, and the options it takes besides `level`.</summary>
public sealed record LintRuleInfo(string Id, string Code, IReadOnlyList<LintOptionInfo> Options);
