namespace Rungs.Corpus.Words;

/// <summary>An occupation: the title a series is named after and its payroll abbreviation.</summary>
internal sealed record Occupation(string Title, string Abbreviation);

/// <summary>A family of related occupations with the vocabulary their specs share (duty objects, knowledge, positions).</summary>
internal sealed record OccupationFamily(
    string Name,
    string AreaCode,
    bool Professional,
    string Work,
    string Field,
    string Experience,
    string Setting,
    IReadOnlyList<Occupation> Occupations,
    IReadOnlyList<string> DutyObjects,
    IReadOnlyList<string> KnowledgeAreas,
    IReadOnlyList<string> ExamplePositions,
    IReadOnlyList<string> Licenses,
    IReadOnlyList<string> JobModels);
