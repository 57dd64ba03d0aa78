using Rungs.Content;

namespace Rungs.Search;

/// <summary>The kinds of thing search finds, in the order of the `types` list of the manifest.</summary>
public enum SearchType
{
    Class = 0,
    Competency = 1,
    Ksa = 2,
    JobModel = 3,
}

/// <summary>One searchable item: what a result shows, its facet values, and its text by field.</summary>
/// <param name="Url">Site-relative page path (`series/x/y/index.html`).</param>
/// <param name="Excerpt">Up to 300 characters of the summary or definition.</param>
/// <param name="Fields">
/// The text by field, made afresh each time it is enumerated: a class's are read once, to collect its terms, and the
/// section texts it decodes are let go at once instead of being held by every document while the index is built.
/// </param>
/// <param name="Names">Full names that put this document first when typed exactly (code, title, HRIS title, aliases).</param>
public sealed record SearchDocument(
    SearchType Type,
    string Title,
    string Url,
    string? Series,
    string? LevelLabel,
    string? Grade,
    string? Code,
    string? Flsa,
    string Excerpt,
    IEnumerable<(SearchField Field, FieldText Text)> Fields,
    IReadOnlyList<string> Names)
{
    /// <summary>A class's HRIS title: with its code, a name that Enter in the header box opens directly (docs/search.md).</summary>
    public string? HrisTitle { get; init; }
    /// <summary>A class's pay range as its page shows it ("$41,300 – $58,900 a year"), where a pay scale gives one.</summary>
    public string? Pay { get; init; }
    /// <summary>The band of a paid class's starting pay: its value of the search page's "Starting pay" facet.</summary>
    public PayBand? PayBand { get; init; }
    /// <summary>Whose spec a class is, set only on a site of several organisations (results then show it).</summary>
    public string? Organisation { get; init; }

    /// <summary>
    /// A class's name in compare links (<see cref="Linking.ClassNames.FileName"/>) where it is not its slug (another series
    /// has a class with the slug); null otherwise, when the compare page's picker takes the slug from the class's URL.
    /// </summary>
    public string? CompareName { get; init; }

    /// <summary>"Abolished" or "Draft" for a class not in force (results mark it, and rank abolished ones last); null otherwise.</summary>
    public string? Status { get; init; }
}
