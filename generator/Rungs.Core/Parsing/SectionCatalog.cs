using System.Text;
using Rungs.Content;

namespace Rungs.Parsing;

/// <summary>Recognises known sections by their heading or one of its aliases (content model, "Known sections").</summary>
public static class SectionCatalog
{
    private static readonly (SectionKind Kind, string[] Names)[] Known =
    [
        (SectionKind.Summary, ["Summary", "Definition", "Kind of Work", "Nature and Purpose", "Detailed Duties and Responsibilities", "Series Narrative", "Nature of Work",
            "Class Concept", "Job Summary", "General Description", "Scope", "Definition of Series"]),
        (SectionKind.DistinguishingCharacteristics, ["Distinguishing Characteristics", "Differs From", "Distinguishing Features"]),
        (SectionKind.Duties, ["Duties", "Typical Duties", "Examples of Work", "Primary Duties", "Primary Duties and Responsibilities", "Essential Functions",
            "Typical Tasks", "Typical Work", "Work Activities", "Examples of Duties", "Typical Work Activities", "Illustrative Examples of Work", "Key Responsibilities"]),
        (SectionKind.Ksas, ["Knowledge, Skills and Abilities", "KSAs", "Knowledge of", "Ability to", "Knowledge Skills and Abilities Required",
            "Knowledge and Abilities", "Required Knowledge, Skills and Abilities"]),
        // A substitution rule is one more way to meet the minimum qualifications, so it is compared with them.
        (SectionKind.MinimumQualifications, ["Minimum Qualifications", "Minimum Acceptable Qualifications", "Education and Experience",
            "Entrance Requirements", "Minimum Education and Experience Requirements", "Substitution of Experience for Education"]),
        (SectionKind.Licenses, ["Licenses and Certificates", "Licensure", "Licensure / Certification", "Licenses or Certificates", "License or Certificate"]),
        (SectionKind.SpecialRequirements, ["Special Requirements", "Necessary Special Qualifications", "Special Personal Characteristics",
            "Legal Requirements", "Legal Requirement", "Desirable Qualifications"]),
        (SectionKind.AlternateRangeCriteria, ["Alternate Range Criteria"]),
        (SectionKind.FactorsAffectingPositionAllocation, ["Factors Affecting Position Allocation"]),
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
    /// elsewhere it is the class summary, as the content model's alias table says. A heading the site maps in
    /// `sections:` (<paramref name="site"/>) takes the site's kind, even over a built-in alias.
    /// </summary>
    public static SectionKind Classify(string heading, bool isCompetency = false, SectionVocabulary? site = null)
    {
        // Every heading of every file is classified, some twice: the key is made on the stack, not as a string.
        Span<char> buffer = heading.Length <= 64 ? stackalloc char[64 * MaxGrowth] : new char[heading.Length * MaxGrowth];
        var key = buffer[..Normalise(heading, buffer)];
        if (isCompetency && key.SequenceEqual(DefinitionKey)) return SectionKind.Definition;
        if (site is not null && site.TryGet(key, out var mapped)) return mapped;
        return ByKeySpan.TryGetValue(key, out var kind) ? kind : SectionKind.Other;
    }

    /// <summary>Every built-in heading with its aliases, in the order the content model's table lists them.</summary>
    public static IEnumerable<(SectionKind Kind, IReadOnlyList<string> Names)> Headings => Known.Select(k => (k.Kind, (IReadOnlyList<string>)k.Names));

    /// <summary>The key two headings with the same meaning share: the comparison <see cref="Classify"/> makes.</summary>
    public static string KeyOf(string heading) => Normalise(heading);

    private static readonly Dictionary<string, SectionKind>.AlternateLookup<ReadOnlySpan<char>> ByKeySpan = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string DefinitionKey = Normalise("Definition");

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

    // After Anchors, which it reads.
    /// <summary>The known kinds by the id that `sections:` in site.yml and the published data name them with (`duties`, `special-requirements`).</summary>
    public static readonly IReadOnlyDictionary<string, SectionKind> KindsById = Enum.GetValues<SectionKind>()
        .Where(k => k != SectionKind.Other)
        .ToDictionary(k => AnchorOf(k)!, StringComparer.Ordinal);

    /// <summary>The section's standard name, used where a page lists sections by meaning.</summary>
    public static string DisplayName(SectionKind kind) =>
        Known.FirstOrDefault(k => k.Kind == kind).Names?[0] ?? kind.ToString();

    // Case, punctuation, "&" versus "and" and a trailing "(…)" remark do not change a heading's meaning.
    // One pass over the heading: the words split at spaces and at "&" (which reads as the word "and"), each kept to
    // its letters and digits, lowercased, joined by a space.
    private static string Normalise(string heading)
    {
        var buffer = new char[heading.Length * MaxGrowth];
        return new string(buffer, 0, Normalise(heading, buffer));
    }

    // The most characters one heading character becomes: "&" after a word is " and".
    private const int MaxGrowth = 4;

    /// <summary>Writes the key of <paramref name="heading"/> into <paramref name="key"/> (<see cref="MaxGrowth"/> times its length) and returns its length.</summary>
    private static int Normalise(ReadOnlySpan<char> heading, Span<char> key)
    {
        var paren = heading.IndexOf('(');
        var text = paren > 0 ? heading[..paren] : heading;
        var length = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is ' ' or '&')
            {
                inWord = false;
                if (c != '&') continue;
                if (length > 0) key[length++] = ' ';
                "and".CopyTo(key[length..]);
                length += 3;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (!inWord && length > 0) key[length++] = ' ';
                inWord = true;
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
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
