using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>A class: one level of a series, with every field of its spec.</summary>
public sealed record ClassSpec(
    string Slug,
    string SeriesSlug,
    SourcePosition Position,
    string Title,
    string? Code,
    SourcePosition CodePosition,
    int Level,
    SourcePosition LevelPosition,
    string? LevelLabel,
    string? HrisTitle,
    string? Grade,
    string? Flsa,
    string? Probation,
    DateOnly? Effective,
    string? LastAction,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ExamplePositions,
    string? SupervisionReceived,
    string? SupervisionExercised,
    string? DecisionAuthority,
    string? BudgetResponsibility,
    string? Licensure,
    string? OtherPreferences,
    IReadOnlyList<SlugRef> Competencies,
    IReadOnlyList<SlugRef> Ksas,
    IReadOnlyList<SlugRef> DiffersFrom,
    IReadOnlyList<SlugRef> PromotesTo,
    bool IncludesLowerLevelWork,
    SourcePosition IncludesLowerLevelWorkPosition,
    SpecBody Body)
{
    /// <summary>FLSA values as the content model spells them.</summary>
    public static readonly IReadOnlyList<string> FlsaValues = ["exempt", "non-exempt"];

    /// <summary>
    /// Old addresses of this class (`redirect_from`): an old slug in its series, or an old site-relative path
    /// starting with `/`. The build redirects each to the class page (Publishing/NetlifyFiles).
    /// </summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    /// <summary>`series/slug`: the class's name across the site, since class slugs are unique only within their series.</summary>
    public string Key => KeyOf(SeriesSlug, Slug);

    /// <summary>The key of the class with the slug in the series.</summary>
    public static string KeyOf(string seriesSlug, string slug) => $"{seriesSlug}/{slug}";
    /// <summary>The track the class climbs (`track: Supervisor`), or null for the series' first track.</summary>
    public string? Track { get; init; }

    /// <summary>Where `track` is written, for errors about it.</summary>
    public SourcePosition TrackPosition { get; init; }
    /// <summary>The class's own values of the fields the site declares (`site.yml` `fields:`), in declaration order; series defaults are not merged in (see SiteModel.FieldsOf).</summary>
    public IReadOnlyList<FieldValue> Fields { get; init; } = [];

    /// <summary>The O*NET-SOC occupation the class is crosswalked to (`onet_soc`), always as `NN-NNNN.NN`; null when none.</summary>
    public string? OnetSoc { get; init; }

    /// <summary>The ISCO-08 unit group the class is crosswalked to (`isco`, four digits); null when none.</summary>
    public string? Isco { get; init; }
    /// <summary>The pay scale this class is paid on (`pay_scale:`), when not its series' or the site's.</summary>
    public SlugRef? PayScale { get; init; }

    /// <summary>Where `grade` is written, for warnings about it.</summary>
    public SourcePosition GradePosition { get; init; }

    /// <summary>The class's own `status:` (active unless written); an abolished or draft series makes its classes so too (SeriesLadder.StatusOf).</summary>
    public SpecStatus Status { get; init; }

    /// <summary>The class's own `abolished:` date; null when it gives none (its series' date may apply).</summary>
    public DateOnly? AbolishedOn { get; init; }

    /// <summary>The class that replaced this abolished one (`superseded_by:`), or null.</summary>
    public SlugRef? SupersededBy { get; init; }

    /// <summary>Where `status` is written (the file's start when it is not), for errors about the status.</summary>
    public SourcePosition StatusPosition { get; init; }
    /// <summary>Where `effective` is written, for warnings about it.</summary>
    public SourcePosition EffectivePosition { get; init; }
}
