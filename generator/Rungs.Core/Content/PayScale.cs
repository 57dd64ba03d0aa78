using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>A pay scale (`pay/&lt;slug&gt;.yml`): the pay range of each grade, in one currency and period.</summary>
public sealed record PayScale(
    string Slug,
    SourcePosition Position,
    string Title,
    DateOnly? Effective,
    string Currency,
    PayPeriod Period,
    IReadOnlyList<PayGrade> Grades)
{
    /// <summary>The grade's range, or null when the scale has no such grade.</summary>
    public PayGrade? Find(string grade)
    {
        foreach (var g in Grades)
            if (g.Grade == grade) return g;
        return null;
    }
}

/// <summary>One grade of a pay scale: its range and, where the scale pays by steps, each step.</summary>
/// <param name="Grade">As written: "07" stays "07".</param>
public sealed record PayGrade(string Grade, decimal Min, decimal Max, IReadOnlyList<decimal> Steps);

/// <summary>What a pay figure is paid per.</summary>
public enum PayPeriod
{
    Year,
    Month,
    Hour,
}
