using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>The schema of a pay scale file (`pay/&lt;slug&gt;.yml`) and of the `pay_scale:` key that names one.</summary>
public static class PayScaleReader
{
    /// <summary>The values `period` takes, as the file writes them.</summary>
    public static readonly IReadOnlyList<string> PeriodValues = ["year", "month", "hour"];

    /// <summary>The scale a site, series or class names with `pay_scale: &lt;slug&gt;`, or null when it names none.</summary>
    public static SlugRef? Reference(FrontMatterFields f)
    {
        var slug = f.String("pay_scale");
        if (slug is null) return null;
        if (Slug.IsValid(slug)) return new SlugRef(slug, f.PositionOf("pay_scale"));
        f.Error(DiagnosticCodes.InvalidSlug, f.PositionOf("pay_scale"), $"\"{slug}\" in `pay_scale` is not a slug",
            $"name the scale by its file name in pay/ without .yml, e.g. `{Slug.Suggest(slug)}`");
        return null;
    }

    public static PayScale? Read(string slug, SourcePosition at, FrontMatterFields f)
    {
        var title = f.String("title", required: true);
        var effective = f.Date("effective");
        var currency = f.String("currency", required: true);
        if (currency is not null && !(currency.Length == 3 && currency.All(char.IsAsciiLetterUpper)))
        {
            f.Invalid("currency", $"`currency` must be an ISO 4217 code of three capital letters, not \"{currency}\"",
                currency.Length == 3 && currency.All(char.IsAsciiLetter) ? $"write `currency: {currency.ToUpperInvariant()}`" : "e.g. `currency: USD`, `EUR` or `GBP`");
            currency = null;
        }

        var period = f.OneOf("period", PeriodValues, required: true);
        var grades = ReadGrades(f);
        if (title is null || currency is null || period is null) return null;
        return new PayScale(slug, at, title, effective, currency, Enum.Parse<PayPeriod>(period, ignoreCase: true), grades);
    }

    private static IReadOnlyList<PayGrade> ReadGrades(FrontMatterFields f)
    {
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var grades = f.MappingList("grades", g =>
        {
            var grade = g.String("grade", required: true);
            var min = g.Amount("min", required: true);
            var max = g.Amount("max", required: true);
            var steps = g.AmountList("steps");
            if (grade is null || min is null || max is null) return null;
            if (!seen.TryAdd(grade, g.PositionOf("grade")))
            {
                g.Error(DiagnosticCodes.DuplicateGrade, g.PositionOf("grade"), $"the grade \"{grade}\" is already listed at line {seen[grade].Line}",
                    "list each grade once; a class is paid the one range its grade has");
                return null;
            }

            // A grade with a bad range is still a grade of the scale (the build fails on the error), so its classes are not also warned about.
            if (min > max)
                g.Error(DiagnosticCodes.PayRange, g.PositionOf("min"), $"grade \"{grade}\" has `min` {min} above its `max` {max}", "swap the two figures, or correct the one that is wrong");

            var previous = decimal.MinValue;
            foreach (var (step, stepAt) in steps)
            {
                if (step < min || step > max)
                    g.Error(DiagnosticCodes.PayRange, stepAt, $"the step {step} of grade \"{grade}\" is outside its range {min}–{max}", "each step lies between the grade's `min` and `max`");
                else if (step <= previous)
                    g.Error(DiagnosticCodes.PayRange, stepAt, $"the step {step} of grade \"{grade}\" is not above the step before it ({previous})", "list the steps from lowest to highest, each once");
                else
                    previous = step;
            }

            return new PayGrade(grade, min.Value, max.Value, steps.Count == 0 ? [] : steps.Select(s => s.Value).ToArray());
        });
        if (grades.Count == 0 && f.PositionOf("grades") == f.Start)
            f.Error(DiagnosticCodes.MissingRequired, f.Start, "the required key `grades` is missing", "add a `grades:` list, one entry `- { grade: \"15\", min: 41300, max: 58900 }` per grade");
        return grades;
    }
}
