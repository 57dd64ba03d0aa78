using System.Text;
using Rungs.Content;

namespace Rungs.Parsing;

/// <summary>Recognises known sections by their heading or one of its aliases (content model, "Known sections").</summary>
public static class SectionCatalog
{
    private static readonly (SectionKind Kind, string[] Names)[] Known =
    [
        (SectionKind.Summary, ["Summary", "Definition", "Kind of Work", "Nature and Purpose", "Detailed Duties and Responsibilities", "Series Narrative", "Nature of Work"]),
        (SectionKind.DistinguishingCharacteristics, ["Distinguishing Characteristics", "Differs From"]),
        (SectionKind.Duties, ["Duties", "Typical Duties", "Examples of Work", "Primary Duties", "Primary Duties and Responsibilities", "Essential Functions"]),
        (SectionKind.Ksas, ["Knowledge, Skills and Abilities", "KSAs", "Knowledge of", "Ability to", "Knowledge Skills and Abilities Required"]),
        (SectionKind.MinimumQualifications, ["Minimum Qualifications", "Minimum Acceptable Qualifications", "Education and Experience"]),
        (SectionKind.Licenses, ["Licenses and Certificates", "Licensure", "Licensure / Certification"]),
        (SectionKind.ExemplaryPerformance, ["Exemplary Performance"]),
        (SectionKind.BelowTargetPerformance, ["Below Target Performance"]),
        (SectionKind.RepresentativeBehaviours, ["Representative Behaviours", "Representative Behaviors"]),
        (SectionKind.Description, ["Description"]),
    ];

    private static readonly Dictionary<string, SectionKind> ByKey = Known
        .SelectMany(k => k.Names.Select(n => (Key: Normalise(n), k.Kind)))
        .ToDictionary(x => x.Key, x => x.Kind, StringComparer.Ordinal);

    /// <summary>
    /// The kind of a section heading. In a competency, "Definition" is the competency's definition;
    /// elsewhere it is the class summary, as the content model's alias table says.
    /// </summary>
    public static SectionKind Classify(string heading, bool isCompetency = false)
    {
        var key = Normalise(heading);
        if (isCompetency && key == Normalise("Definition")) return SectionKind.Definition;
        return ByKey.GetValueOrDefault(key, SectionKind.Other);
    }

    /// <summary>
    /// Ids that theme templates use for their own blocks (see README, "Themes"). Content headings never take
    /// them, so a page never carries one id twice.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "at-a-glance", "levels", "related-classes", "linked-ksas", "linked-competencies", "linked-job-models",
        "series-ksas", "series-competencies", "used-by", "example-positions", "model-competencies", "model-classes",
        "series-heading", "all-series", "start-from-series", "site-search-input", "home-search", "class-filter", "class-filter-count",
    };

    /// <summary>The anchor of a known section; null for other sections, which keep Markdig's identifier.</summary>
    public static string? AnchorOf(SectionKind kind) => Anchors.GetValueOrDefault(kind);

    // Worked out once: every section of every file asks for its anchor.
    private static readonly Dictionary<SectionKind, string?> Anchors = Enum.GetValues<SectionKind>().ToDictionary(kind => kind, kind => kind switch
    {
        SectionKind.Other => null,
        SectionKind.Ksas => "ksas",
        SectionKind.Licenses => "licenses-and-certificates",
        _ => KebabCase(kind.ToString()),
    });

    /// <summary>The section's standard name, used where a page lists sections by meaning.</summary>
    public static string DisplayName(SectionKind kind) =>
        Known.FirstOrDefault(k => k.Kind == kind).Names?[0] ?? kind.ToString();

    // Case, punctuation, "&" versus "and" and a trailing "(…)" remark do not change a heading's meaning.
    // One pass over the heading (every heading of every file is classified, some twice): the words split at spaces
    // and at "&" (which reads as the word "and"), each kept to its letters and digits, lowercased, joined by a space.
    private static string Normalise(string heading)
    {
        var paren = heading.IndexOf('(');
        var text = paren > 0 ? heading.AsSpan(0, paren) : heading.AsSpan();
        var builder = new StringBuilder(text.Length + 8);
        var inWord = false;
        foreach (var c in text)
        {
            if (c is ' ' or '&')
            {
                inWord = false;
                if (c == '&') builder.Append(builder.Length > 0 ? " and" : "and");
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (!inWord && builder.Length > 0) builder.Append(' ');
                inWord = true;
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string KebabCase(string pascal)
    {
        var builder = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
