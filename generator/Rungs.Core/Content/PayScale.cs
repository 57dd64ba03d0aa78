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
    public PayGrade? Find(string grade) => ByGrade.GetValueOrDefault(grade);

    // Read for every class of a large site: looked up, not scanned (grades are unique in a valid scale; the first wins otherwise).
    private Dictionary<string, PayGrade> ByGrade { get; } = Grades.DistinctBy(g => g.Grade, StringComparer.Ordinal).ToDictionary(g => g.Grade, StringComparer.Ordinal);

    /// <summary>Whether its figures read in cents ("$24.00"): hourly rates do, and so does any scale that writes a fraction anywhere, so its figures line up.</summary>
    public bool WritesCents { get; } = Period == PayPeriod.Hour || Grades.Any(g => HasFraction(g.Min) || HasFraction(g.Max) || g.Steps.Any(HasFraction));

    private static bool HasFraction(decimal value) => value != decimal.Truncate(value);
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
