using Rungs.Content;

namespace Rungs.Linting;

/// <summary>One spec lint: its name and options (<see cref="LintCatalog"/>), and how it finds what it reports.</summary>
public interface ILintRule
{
    LintRuleInfo Info { get; }

    IEnumerable<LintFinding> Find(LintContext context);
}
