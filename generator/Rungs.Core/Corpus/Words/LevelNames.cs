namespace Rungs.Corpus.Words;

/// <summary>How a series names its levels: by rank word (Associate, Senior…), Roman numeral (I, II…) or number (1, 2…).</summary>
internal enum LevelStyle
{
    Words,
    Roman,
    Numbers,
}

/// <summary>One level's names: in the title, the label, the file slug and the payroll title.</summary>
internal sealed record LevelName(string TitleSuffix, string Label, string SlugSuffix, string Abbreviation);

/// <summary>The level names of each style, for ladders of two to six levels.</summary>
internal static class LevelNames
{
    // Rank words by ladder length, so that a two-level ladder reads Associate → Senior, not Trainee → Assistant.
    private static readonly string[][] RankWords =
    [
        [],
        ["Associate"],
        ["Associate", "Senior"],
        ["Associate", "Senior", "Principal"],
        ["Trainee", "Associate", "Senior", "Principal"],
        ["Trainee", "Associate", "Intermediate", "Senior", "Principal"],
        ["Trainee", "Assistant", "Associate", "Senior", "Lead", "Principal"],
    ];

    private static readonly Dictionary<string, string> RankAbbreviations = new(StringComparer.Ordinal)
    {
        ["Trainee"] = "TRN", ["Assistant"] = "ASST", ["Associate"] = "ASSOC", ["Intermediate"] = "INTM",
        ["Senior"] = "SR", ["Lead"] = "LEAD", ["Principal"] = "PRIN",
    };

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI"];

    public static LevelName Of(LevelStyle style, int level, int levels)
    {
        var number = level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (style)
        {
            case LevelStyle.Words:
                var word = RankWords[levels][level - 1];
                return new LevelName(word, word, word.ToLowerInvariant(), RankAbbreviations[word]);
            case LevelStyle.Roman:
                var roman = Romans[level - 1];
                return new LevelName(roman, "Level " + roman, roman.ToLowerInvariant(), number);
            default:
                return new LevelName(number, "Level " + number, number, number);
        }
    }

    /// <summary>A Roman numeral for the aliases of word-named levels (the "old" numbering).</summary>
    public static string Roman(int level) => Romans[level - 1];

    /// <summary>"first", "second"… for the summary's "This is the second level of the series".</summary>
    public static readonly IReadOnlyList<string> Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"];
}
