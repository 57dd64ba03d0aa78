using Rungs.Content;

namespace Rungs.Linking;

/// <summary>Who refers to whom, computed once when the whole site is loaded.</summary>
public sealed class BackLinks
{
    private static readonly IReadOnlyList<ClassSpec> NoClasses = [];
    private static readonly IReadOnlyList<JobModel> NoModels = [];
    private static readonly IReadOnlyList<SeriesLadder> NoSeries = [];

    public required IReadOnlyDictionary<string, IReadOnlyList<ClassSpec>> ClassesByCompetency { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ClassSpec>> ClassesByKsa { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<SeriesLadder>> SeriesByKsa { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<SeriesLadder>> SeriesByCompetency { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<JobModel>> JobModelsByCompetency { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<JobModel>> JobModelsByClass { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ClassSpec>> DistinguishedFrom { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ClassSpec>> PromotedFrom { get; init; }

    /// <summary>Classes whose `promotes_to` names this class (moves into it from other series).</summary>
    public IReadOnlyList<ClassSpec> ClassesPromotingTo(string slug) => PromotedFrom.GetValueOrDefault(slug, NoClasses);

    public IReadOnlyList<ClassSpec> ClassesUsingCompetency(string slug) => ClassesByCompetency.GetValueOrDefault(slug, NoClasses);
    public IReadOnlyList<ClassSpec> ClassesUsingKsa(string slug) => ClassesByKsa.GetValueOrDefault(slug, NoClasses);
    public IReadOnlyList<SeriesLadder> SeriesUsingKsa(string slug) => SeriesByKsa.GetValueOrDefault(slug, NoSeries);
    public IReadOnlyList<SeriesLadder> SeriesUsingCompetency(string slug) => SeriesByCompetency.GetValueOrDefault(slug, NoSeries);
    public IReadOnlyList<JobModel> JobModelsUsingCompetency(string slug) => JobModelsByCompetency.GetValueOrDefault(slug, NoModels);
    public IReadOnlyList<JobModel> JobModelsForClass(string slug) => JobModelsByClass.GetValueOrDefault(slug, NoModels);

    /// <summary>Classes whose `differs_from` names this class.</summary>
    public IReadOnlyList<ClassSpec> ClassesDistinguishedFrom(string slug) => DistinguishedFrom.GetValueOrDefault(slug, NoClasses);
}
