using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>A series: a family of classes at successive levels (`series/&lt;slug&gt;/_series.md`).</summary>
public sealed record SeriesSpec(
    string Slug,
    SourcePosition Position,
    string Title,
    string? Code,
    string? Organisation,
    string? OccupationalArea,
    string? WorkArea,
    string? PromotionalLine,
    string? Summary,
    int? Order,
    IReadOnlyList<SlugRef> Ksas,
    IReadOnlyList<SlugRef> Competencies,
    SpecBody Body)
{
    /// <summary>The series' tracks in display order (`tracks: [Specialist, Supervisor]`), or empty when it does not list them.</summary>
    public IReadOnlyList<string> Tracks { get; init; } = [];

    /// <summary>Where `tracks` is written.</summary>
    public SourcePosition TracksPosition { get; init; }

    /// <summary>The track of a class that names <paramref name="track"/> (null when it names none): that one, else the first listed, else null (the unnamed track).</summary>
    public string? TrackOf(string? track) => track ?? Tracks.FirstOrDefault();

    /// <summary>Values of declared fields (`defaults:`) that every class of the series has unless it gives its own.</summary>
    public IReadOnlyList<FieldValue> FieldDefaults { get; init; } = [];

    /// <summary>The pay scale of the series' classes (`pay_scale:`), when not the site's.</summary>
    public SlugRef? PayScale { get; init; }

    /// <summary>The series' `status:` (active unless written): an abolished or draft series makes every class of it so.</summary>
    public SpecStatus Status { get; init; }

    /// <summary>The series' `abolished:` date, the date of each of its classes that gives none.</summary>
    public DateOnly? AbolishedOn { get; init; }

    /// <summary>The decision or pay letter that abolished the series (`abolished_note:`), or null.</summary>
    public string? AbolishedNote { get; init; }
}
