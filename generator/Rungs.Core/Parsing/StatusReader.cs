using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>`status:` and `abolished:`, read alike on classes and series: an abolished spec gives its date, no other does.</summary>
public static class StatusReader
{
    /// <summary>The status and the abolished date written; an unknown status is RUNGS060 and reads as active.</summary>
    /// <param name="inheritsDate">A class may take its abolished date from its series, so only a series must give one here (a class without one is reported by Linking.StatusRules).</param>
    public static (SpecStatus Status, DateOnly? AbolishedOn) Read(FrontMatterFields f, string what, bool inheritsDate)
    {
        var status = ReadStatus(f);
        var written = f.Has("abolished");
        var date = f.Date("abolished");
        if (status == SpecStatus.Abolished && !written && !inheritsDate)
            f.Error(DiagnosticCodes.AbolishedDate, f.PositionOf("status"), $"an abolished {what} needs the date it was abolished",
                "add `abolished: YYYY-MM-DD`, e.g. `abolished: 2026-06-30`");
        if (status != SpecStatus.Abolished && written)
            NotAbolished(f, "abolished", what);
        return (status, date);
    }

    /// <summary>Reports a key that only an abolished spec may give (`abolished`, `abolished_note`, `superseded_by`).</summary>
    public static void NotAbolished(FrontMatterFields f, string key, string what, string code = DiagnosticCodes.AbolishedDate) =>
        f.Error(code, f.PositionOf(key), $"`{key}` is given, but the {what} is not abolished",
            $"add `status: abolished` if the {what} was abolished, or remove `{key}`");

    private static SpecStatus ReadStatus(FrontMatterFields f)
    {
        if (f.String("status") is not { } written) return SpecStatus.Active;
        if (SpecStatuses.Names.Contains(written)) return SpecStatuses.Parse(written);
        var near = SpellingSuggestion.Closest(written.ToLowerInvariant(), SpecStatuses.Names);
        f.Error(DiagnosticCodes.StatusValue, f.PositionOf("status"),
            $"`status` must be one of {string.Join(", ", SpecStatuses.Names)}, not \"{written}\"",
            near is null ? "leave `status` out for a class in force; write `draft` for one still under review, `abolished` for one no longer used" : $"did you mean `{near}`?");
        return SpecStatus.Active;
    }
}
