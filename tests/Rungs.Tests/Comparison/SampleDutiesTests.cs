using System.Globalization;
using Rungs.Comparison;
using static Rungs.Tests.Comparison.DiffNotation;

namespace Rungs.Tests.Comparison;

/// <summary>
/// What an employee sees when comparing levels of the Customer Service Series (the sample content, quoted here so the
/// specification does not move when the content is edited): duties that grew at the next level are reworded, not
/// removed and re-added; unrelated duties are never paired.
/// </summary>
public sealed class SampleDutiesTests
{
    private static readonly string[] Assistant =
    [
        "responds to routine inquiries from clients in order to provide or clarify information on departmental services, policies, and procedures",
        "researches inquiries and provides point of contact for quality control concerns and related solutions",
        "composes routine correspondence and transmits information or documents using computer of fax",
        "conducts surveys and gathers data for statistical studies",
        "resolves customer service complaints and refers unresolved customer grievances to designated personnel for further investigation",
        "prepares reports of contacts regarding quality",
        "prepares information for the campus on departmental standards and policies",
        "communicates with and informs campus clients on recent improvements and departmental developments",
        "may perform on-site visits to campus clients in order to ascertain and monitor the quality of services provided",
        "greets visitors, determine nature and purpose of visit, direct and/or escort them to destination, provide information regarding organization and employees",
        "reports client feedback to higher personnel",
        "assists higher level personnel in examining and maintaining departmental records and reports",
        "receives payment for fees, bills, and assessments issued by the institution; verifies amount due as shown on statement against payment offered, gives change if necessary, issues receipt, and deposits payments received, within a framework of explicit procedures and instructions and subject to minimal personal discretion",
        "balances daily transactions",
        "receives, verifies, and processes cash sales",
        "performs other related duties as assigned",
    ];

    private static readonly string[] Representative =
    [
        "responds to complex inquiries (e.g., those involve approval from higher level personnel) in order to provide or clarify information on departmental services, policies, and procedures",
        "researches complex inquiries using multiple sources for quality control concerns and solves problems on individual cases",
        "composes complex correspondence and creates documentation/records",
        "maintains record of customer interactions and transactions, recording details of inquiries, complaints and comments including any action taken",
        "reports client feedback, identifies problems and trends, and suggests resolutions to higher level personnel",
        "creates, updates, revises and retrieves records and files of average difficulty, which may include confidential materials",
        "performs administrative support tasks such as proofreading and correcting errors, transcribing and keyboarding such as correspondence, narrative reports, operate office equipment calculators or computers",
        "performs work related to the lower level in this series",
        "performs other related duties as assigned",
    ];

    private static readonly string[] Specialist =
    [
        "resolves customer service complaints referred to them by lower level staff and communicates with clients by providing assistance on out-of-the ordinary matters or with complex situations",
        "prepares reports on activities of assigned personnel and attitudes of campus clients; recommends departmental improvements to promote client participation",
        "interviews, hires, trains, assigns, and reviews work and evaluates assigned staff",
        "organizes quality customer satisfaction programs",
        "serves as primary contact point for customers in various situations",
        "serves as liaison between the unit, internal staff, external units, and outside agencies",
        "answers questions requiring the application of regulations and procedures to specific problems or transactions",
        "reviews documents to determine adequacy or acceptability of information needed",
        "maintains awareness of organizational activities of impact to the unit; coordinates and expedites necessary actions",
        "performs work related to the lower level in this series",
        "performs other related duties as assigned",
    ];

    public static TheoryData<string, string> GrownDuties => new()
    {
        { Assistant[0], Representative[0] },
        { Assistant[1], Representative[1] },
        { Assistant[2], Representative[2] },
        { Assistant[10], Representative[4] },
    };

    [Theory]
    [MemberData(nameof(GrownDuties))]
    public void A_duty_that_grew_at_the_next_level_is_reworded_not_removed_and_added(string lower, string higher)
    {
        var similarity = WordDiff.Similarity(lower, higher);
        var rows = ListDiff.Compare([lower], [higher]);

        Assert.True(similarity > ListDiff.RewordThreshold, $"similarity {similarity:F3} is not above {ListDiff.RewordThreshold}");
        var row = Assert.Single(rows);
        Assert.Equal(ItemChange.Reworded, row.Change);
        Assert.Equal(similarity, row.Similarity);
    }

    [Fact]
    public void The_realistic_pairs_score_as_documented_for_the_threshold()
    {
        Assert.Equal(
            [0.730, 0.547, 0.467, 0.760],
            GrownDuties.Select(pair => Math.Round(WordDiff.Similarity((string)pair[0], (string)pair[1]), 3)));
    }

    [Fact]
    public void The_weakest_grown_duty_shows_which_words_changed()
    {
        var row = Assert.Single(ListDiff.Compare([Assistant[2]], [Representative[2]]));

        Assert.Equal(
            "= composes | - routine | + complex | = correspondence and | - transmits information or documents using computer of fax | + creates documentation/records",
            Show(row.Words));
    }

    [Fact]
    public void A_duty_shared_by_both_levels_is_unchanged()
    {
        var rows = ListDiff.Compare(Assistant, Representative);

        var row = Assert.Single(rows, r => r.After == "performs other related duties as assigned");
        Assert.Equal(ItemChange.Unchanged, row.Change);
        Assert.Equal((15, 8), (row.BeforeIndex, row.AfterIndex));
    }

    [Fact]
    public void Unrelated_duties_are_not_paired()
    {
        Assert.Equal(0.0, WordDiff.Similarity("balances daily transactions", "organizes quality customer satisfaction programs"));
        Assert.Equal(
            "- balances daily transactions | + organizes quality customer satisfaction programs",
            Show(ListDiff.Compare(["balances daily transactions"], ["organizes quality customer satisfaction programs"])));
    }

    [Fact]
    public void No_pair_of_different_duties_across_the_three_levels_scores_above_the_threshold_except_the_known_rewordings()
    {
        HashSet<(string, string)> rewordings =
        [
            (Assistant[0], Representative[0]),
            (Assistant[1], Representative[1]),
            (Assistant[2], Representative[2]),
            (Assistant[10], Representative[4]),
            // The same duty handed up a level: worth showing as a rewording between Assistant and Specialist.
            (Assistant[4], Specialist[0]),
        ];

        var above =
            from pair in new[] { (Assistant, Representative), (Representative, Specialist), (Assistant, Specialist) }
            from a in pair.Item1
            from b in pair.Item2
            where a != b && !rewordings.Contains((a, b)) && WordDiff.Similarity(a, b) > ListDiff.RewordThreshold
            select $"{WordDiff.Similarity(a, b):F3}: {a} / {b}";

        Assert.Empty(above);
    }

    [Fact]
    public void Assistant_to_representative_reads_as_four_grown_duties_one_kept_and_the_rest_added_or_removed()
    {
        // Each line: change, duty number at the lower level → at the higher level, the duty's first words.
        // Removed duties sit where they were in the lower level's list.
        Assert.Equal(
            """
            ~  1 → 1  responds to routine
            ~  2 → 2  researches inquiries and
            ~  3 → 3  composes routine correspondence
            -  4 →    conducts surveys and
            -  5 →    resolves customer service
            -  6 →    prepares reports of
            -  7 →    prepares information for
            -  8 →    communicates with and
            -  9 →    may perform on-site
            - 10 →    greets visitors, determine
            +    → 4  maintains record of
            ~ 11 → 5  reports client feedback
            - 12 →    assists higher level
            - 13 →    receives payment for
            - 14 →    balances daily transactions
            - 15 →    receives, verifies, and
            +    → 6  creates, updates, revises
            +    → 7  performs administrative support
            +    → 8  performs work related
            = 16 → 9  performs other related
            """,
            Outline(ListDiff.Compare(Assistant, Representative)));
    }

    [Fact]
    public void Representative_to_specialist_keeps_the_two_shared_duties_and_pairs_nothing_else()
    {
        Assert.Equal(
            """
            -  1 →    responds to complex
            -  2 →    researches complex inquiries
            -  3 →    composes complex correspondence
            -  4 →    maintains record of
            -  5 →    reports client feedback,
            -  6 →    creates, updates, revises
            -  7 →    performs administrative support
            +    → 1  resolves customer service
            +    → 2  prepares reports on
            +    → 3  interviews, hires, trains,
            +    → 4  organizes quality customer
            +    → 5  serves as primary
            +    → 6  serves as liaison
            +    → 7  answers questions requiring
            +    → 8  reviews documents to
            +    → 9  maintains awareness of
            =  8 → 10 performs work related
            =  9 → 11 performs other related
            """,
            Outline(ListDiff.Compare(Representative, Specialist)));
    }

    [Fact]
    public void Assistant_to_specialist_pairs_only_the_complaints_duty_handed_up_two_levels()
    {
        var rows = ListDiff.Compare(Assistant, Specialist);

        Assert.Equal(
            ["resolves customer service complaints referred to them by lower level staff and communicates with clients by providing assistance on out-of-the ordinary matters or with complex situations"],
            rows.Where(r => r.Change == ItemChange.Reworded).Select(r => r.After));
        Assert.Equal(["performs other related duties as assigned"], rows.Where(r => r.Change == ItemChange.Unchanged).Select(r => r.After));
        Assert.Equal(14, rows.Count(r => r.Change == ItemChange.Removed));
        Assert.Equal(9, rows.Count(r => r.Change == ItemChange.Added));
    }

    /// <summary>One line per row: change symbol, 1-based number in the old and new list, the item's first three words.</summary>
    private static string Outline(IEnumerable<ItemDiff> rows) => string.Join("\n", rows.Select(row =>
    {
        var symbol = Show([row])[0];
        var text = row.Before ?? row.After!;
        var opening = string.Join(' ', text.Split(' ').Take(3));
        return $"{symbol} {Number(row.BeforeIndex),2} → {Number(row.AfterIndex),-2} {opening}";
    }));

    private static string Number(int? index) => index is { } i ? (i + 1).ToString(CultureInfo.InvariantCulture) : "";
}
