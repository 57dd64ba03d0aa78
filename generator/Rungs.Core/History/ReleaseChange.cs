using Rungs.Content;
using Rungs.Review;

namespace Rungs.History;

/// <summary>The kinds of change a release's matrix marks for a class, in column order.</summary>
[Flags]
public enum ReleaseChange
{
    None = 0,
    Added = 1 << 0,

    /// <summary>Its status became abolished (with its date and successor, which belong to the abolition).</summary>
    Abolished = 1 << 1,
    Removed = 1 << 2,
    Retitled = 1 << 3,
    Grade = 1 << 4,
    Flsa = 1 << 5,
    MinimumQualifications = 1 << 6,
    Duties = 1 << 7,
    Ksas = 1 << 8,
    Competencies = 1 << 9,

    /// <summary>Anything else `rungs diff` reports (another field, section or reference, a rename or move).</summary>
    Other = 1 << 10,
}

/// <summary>Sorts a class's change as `rungs diff` reports it (<see cref="DiffEntry"/>) into the matrix's kinds of change.</summary>
public static class ReleaseChanges
{
    /// <summary>Every kind, in column order.</summary>
    public static IReadOnlyList<ReleaseChange> Columns { get; } =
        Enum.GetValues<ReleaseChange>().Where(c => c != ReleaseChange.None).ToArray();

    public static ReleaseChange Of(DiffEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Status == EntryStatus.Added) return ReleaseChange.Added;
        if (entry.Status == EntryStatus.Removed) return ReleaseChange.Removed;
        var changes = entry.Status is EntryStatus.Renamed or EntryStatus.Moved ? ReleaseChange.Other : ReleaseChange.None;
        var abolished = entry.Impacts.Any(i => i.Reason == Impact.ClassAbolished);
        foreach (var field in entry.Fields) changes |= field.Id switch
        {
            SpecFields.StatusId or "abolished" or "superseded-by" when abolished => ReleaseChange.Abolished,
            "title" => ReleaseChange.Retitled,
            Impact.Grade => ReleaseChange.Grade,
            Impact.Flsa => ReleaseChange.Flsa,
            _ => ReleaseChange.Other,
        };
        foreach (var section in entry.Sections) changes |= section.Kind switch
        {
            SectionKind.MinimumQualifications => ReleaseChange.MinimumQualifications,
            SectionKind.Duties => ReleaseChange.Duties,
            SectionKind.Ksas => ReleaseChange.Ksas,
            _ => ReleaseChange.Other,
        };
        foreach (var link in entry.Links) changes |= link.Id switch
        {
            "ksas" => ReleaseChange.Ksas,
            "competencies" => ReleaseChange.Competencies,
            _ => ReleaseChange.Other,
        };
        if (entry.Lists.Count > 0) changes |= ReleaseChange.Other;
        return changes;
    }

    /// <summary>The column's heading.</summary>
    public static string Label(ReleaseChange change) => change switch
    {
        ReleaseChange.Added => "Added",
        ReleaseChange.Abolished => "Abolished",
        ReleaseChange.Removed => "Removed",
        ReleaseChange.Retitled => "Retitled",
        ReleaseChange.Grade => "Pay grade",
        ReleaseChange.Flsa => "FLSA",
        ReleaseChange.MinimumQualifications => "Minimum qualifications",
        ReleaseChange.Duties => "Duties",
        ReleaseChange.Ksas => "KSAs",
        ReleaseChange.Competencies => "Competencies",
        _ => "Other",
    };

    /// <summary>Whether the kind is high impact wherever it appears (it can change pay or who qualifies).</summary>
    public static bool IsHighImpact(ReleaseChange change) =>
        change is ReleaseChange.Abolished or ReleaseChange.Removed or ReleaseChange.Grade or ReleaseChange.Flsa or ReleaseChange.MinimumQualifications;
}
