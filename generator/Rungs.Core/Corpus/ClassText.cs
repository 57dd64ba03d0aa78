using System.Globalization;
using System.Text;
using Rungs.Corpus.Words;

namespace Rungs.Corpus;

/// <summary>Writes one class file: front matter with every class key, and a body with the known sections a real spec has.</summary>
internal static class ClassText
{
    private static readonly DateOnly EarliestEffective = new(2004, 1, 1);

    public static string Render(CorpusSpec spec, ClassPlan c)
    {
        var random = CorpusStreams.For(spec, CorpusStreams.ClassText, c.Index);
        var text = new StringBuilder(6 * 1024);
        var license = c.Series.Family.Licenses.Count > 0 && random.Chance(0.35) ? random.Pick(c.Series.Family.Licenses) : null;
        WriteFrontMatter(text, spec.Shape, c, random, license);
        WriteSummary(text, c, random);
        if (spec.Shape.ProseShare > 0 && random.Chance(spec.Shape.ProseShare)) ProseText.WriteParagraphs(text, c, random, spec.Shape.ParagraphSentences);
        if (c.DiffersFrom.Count > 0) WriteDistinctions(text, c);
        WriteDuties(text, spec.Shape, c, random);
        WriteKsas(text, spec.Shape, c, random);
        WriteQualifications(text, c, random);
        if (license is not null) WriteLicenses(text, c, random, license);
        if (random.Chance(0.12)) WriteWorkingConditions(text, c, random);
        return text.ToString();
    }

    private static void WriteFrontMatter(StringBuilder text, CorpusShape shape, ClassPlan c, SeededRandom random, string? license)
    {
        var s = c.Series;
        var at = c.Level - 1;
        var grade = s.BaseGrade + at * s.GradeStep;
        var exempt = (s.Family.Professional && c.Level >= 2) || grade >= 20;
        var yaml = new YamlText(text);
        text.Append("---\n");
        yaml.Text("title", c.Title)
            .Quoted("code", c.Code)
            .Number("level", c.Level)
            .Text("level_label", c.Name.Label)
            .Text("hris_title", HrisTitle(c))
            .Quoted("grade", grade.ToString(CultureInfo.InvariantCulture))
            .Text("flsa", exempt ? "exempt" : "non-exempt")
            .Text("probation", exempt ? "12 months" : random.Chance(0.2) ? "9 months" : "6 months")
            .Date("effective", EarliestEffective.AddDays(random.Next(7300)))
            .Text("last_action", random.Pick(Phrases.LastActions));

        if (random.Chance(0.3))
        {
            var aliases = new List<string>
            {
                s.Style == LevelStyle.Roman ? $"{s.Occupation.Title} {c.Level.ToString(CultureInfo.InvariantCulture)}" : $"{s.BaseTitle} {LevelNames.Roman(c.Level)}",
            };
            if (random.Chance(0.5)) aliases.Add($"{Phrases.RankAdjectives[at]} {s.Occupation.Title}");
            yaml.List("aliases", aliases);
        }

        if (random.Chance(0.4)) yaml.List("example_positions", random.Sample(s.Family.ExamplePositions, random.Between(2, 4)));
        yaml.Text("supervision_received", Phrases.SupervisionReceived[at])
            .Text("supervision_exercised", Phrases.SupervisionExercised[at])
            .Text("decision_authority", Phrases.DecisionAuthority[at])
            .Text("budget_responsibility", Phrases.BudgetResponsibility[at]);
        if (license is not null) yaml.Text("licensure", license);
        else if (random.Chance(0.5)) yaml.Text("licensure", "None");
        if (random.Chance(0.15)) yaml.Text("other_preferences", "Varies by position");

        // Each level takes a longer prefix of the series' pools, so a level asks for everything the level below does, and more.
        // A shape's fixed count replaces the level's count, but the draws stay so the rest of the class is as it was.
        var competencies = Math.Min(8, 3 + at + random.Next(2));
        var ksas = Math.Min(12, 5 + at + random.Next(3));
        yaml.List("competencies", s.CompetencyPool.Take(shape.CompetenciesPerClass ?? competencies).ToList())
            .List("ksas", s.KsaPool.Take(shape.KsasPerClass ?? ksas).ToList())
            .SlugList("differs_from", c.DiffersFrom.Select(d => d.Slug).ToList())
            .SlugList("promotes_to", c.PromotesTo.Select(p => p.Slug).ToList());
        if (c.IncludesLowerLevelWork) yaml.Flag("includes_lower_level_work", true);
        text.Append("---\n");
    }

    /// <summary>The payroll title: abbreviated department, occupation and level, upper case, as HRIS systems print them.</summary>
    private static string HrisTitle(ClassPlan c)
    {
        var department = c.Series.Department.Split(' ')[0].ToUpperInvariant();
        return $"{department[..Math.Min(4, department.Length)]} {c.Series.Occupation.Abbreviation} {c.Name.Abbreviation}";
    }

    private static void WriteSummary(StringBuilder text, ClassPlan c, SeededRandom random)
    {
        var s = c.Series;
        var at = c.Level - 1;
        text.Append("\n## Summary\n\n")
            .Append($"Employees in this class perform {Phrases.LevelAdjectives[at]} {s.Family.Work} in the {s.Department} department. ")
            .Append($"Work is performed under {Lower(Phrases.SupervisionReceived[at])}; the incumbent {Lower(Phrases.DecisionAuthority[at])}. ")
            .Append($"This is the {LevelNames.Ordinals[at]} of {Phrases.NumberWords[c.Levels]} levels in the {s.Title}.");
        if (random.Chance(0.6))
        {
            // The top of a short ladder is not a management level, so only levels 4 and up read as such.
            var notes = c.Level == 1 ? Phrases.EntryNotes : c.Level == c.Levels && c.Level >= 4 ? Phrases.TopNotes : Phrases.MiddleNotes;
            text.Append(' ').Append(random.Pick(notes));
        }

        text.Append('\n');
    }

    private static void WriteDistinctions(StringBuilder text, ClassPlan c)
    {
        text.Append("\n## Distinguishing Characteristics\n\n")
            .Append($"The {c.Title} differs from the {string.Join(" and the ", c.DiffersFrom.Select(d => d.Title))} in the following ways:\n\n");
        foreach (var item in c.DiffersFrom.Prepend(c))
            text.Append($"- {item.Title}: at this level, employees {Phrases.Scope[item.Level - 1]}, chiefly on {item.Series.Duties[0].Object}.\n");
    }

    private static void WriteDuties(StringBuilder text, CorpusShape shape, ClassPlan c, SeededRandom random)
    {
        var stems = c.Series.Duties;
        var drawn = random.Between(5, 12);
        var count = shape.ListItems ?? drawn;
        // Windows two stems apart: adjacent levels share most duties, reworded by the level's verbs and complexity.
        var start = (c.Level - 1) * 2;
        text.Append("\n## Duties\n\n").Append($"{Article(c.Title)} {c.Title} typically –\n\n");
        var number = 1;
        for (var k = 0; k < count; k++)
            text.Append(number++.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Duty(stems[(start + k) % stems.Count], c.Level)).Append('\n');
        if (c.IncludesLowerLevelWork)
            text.Append(number++.ToString(CultureInfo.InvariantCulture)).Append(". performs work related to the lower level in this series\n");
        text.Append(number.ToString(CultureInfo.InvariantCulture)).Append(". performs other related duties as assigned\n");
    }

    /// <summary>A duty worded for a level: the tier's verb, the level's complexity, the stem's object and qualifier.</summary>
    internal static string Duty(DutyStem stem, int level)
    {
        var tier = Math.Min(3, level - 1);
        var tail = stem.TailIndex >= 0 ? ", " + Phrases.Tails[tier][stem.TailIndex] : "";
        return $"{Phrases.Verbs[tier][stem.VerbIndex]} {Phrases.Complexity[level - 1]} {stem.Object} {stem.Qualifier}{tail}";
    }

    private static void WriteKsas(StringBuilder text, CorpusShape shape, ClassPlan c, SeededRandom random)
    {
        var s = c.Series;
        var at = c.Level - 1;
        var family = s.KnowledgeOrder.Take(2 + (at + 1) / 2).Select(k => $"{Phrases.KnowledgeDepth[at]} {k}").ToList();
        var sufficient = random.Next(family.Count);
        family[sufficient] += ", " + Phrases.KnowledgeSufficiency[Math.Min(at, Phrases.KnowledgeSufficiency.Count - 1)];
        var knowledge = family
            .Concat(s.KnowledgeOrder.Skip(s.KnowledgeOrder.Count - 2))
            .Concat(Phrases.SeniorKnowledge.Where(k => k.FromLevel <= c.Level).Take(2).Select(k => k.Text));
        var drawn = 4 + at / 2 + random.Next(2);
        var abilities = shape.ListItems is { } items
            ? AbilityList(s, c, items)
            : s.AbilityOrder.Take(drawn).Concat(Phrases.SeniorAbilities.Where(a => a.FromLevel <= c.Level).Take(3).Select(a => a.Text));

        text.Append("\n## Knowledge, Skills and Abilities\n\n### Knowledge of\n\n");
        foreach (var k in knowledge) text.Append("- ").Append(Upper(k)).Append('\n');
        text.Append("\n### Ability to\n\n");
        foreach (var a in abilities) text.Append("- ").Append(Upper(a)).Append('\n');
    }

    /// <summary>Exactly <paramref name="items"/> abilities: the series' order, then the senior ones, then reworded repeats.</summary>
    private static IEnumerable<string> AbilityList(SeriesPlan s, ClassPlan c, int items)
    {
        var pool = s.AbilityOrder.Concat(Phrases.SeniorAbilities.Where(a => a.FromLevel <= c.Level).Select(a => a.Text)).ToList();
        return Enumerable.Range(0, items).Select(i => i < pool.Count ? pool[i] : $"{pool[i % pool.Count]} in {s.Family.Setting}");
    }

    private static void WriteQualifications(StringBuilder text, ClassPlan c, SeededRandom random)
    {
        var family = c.Series.Family;
        var months = 12 * (c.Level - 1) + (family.Professional ? 0 : 18);
        text.Append("\n## Minimum Qualifications\n\n");
        if (random.Chance(0.3)) text.Append("Credentials to be verified by placement officer.\n\n");
        text.Append("1. ").Append(family.Professional ? $"Bachelor's degree in {family.Field}" : "High school graduation or equivalent").Append('\n');
        if (months == 0)
        {
            text.Append("2. No experience is required at this level\n");
            return;
        }

        text.Append($"2. Any combination totaling {Duration(months)} from the following categories:\n\n")
            .Append($"   - (a) responsible work experience in {family.Experience}")
            .Append(c.Level >= 3 ? $", including one year at a level equivalent to {c.Series.Classes[c.Level - 2].Title}\n" : "\n")
            .Append("\n   or\n\n")
            .Append($"   - (b) college coursework in {family.Field}");
        if (random.Chance(0.5))
        {
            text.Append(" as measured by the following conversion table or its proportional equivalent:\n\n")
                .Append("     | Semester hours | Equals |\n")
                .Append("     |---|---|\n");
            var rows = Math.Clamp(months / 12 + 1, 2, 4);
            for (var year = 1; year <= rows; year++)
                text.Append($"     | {(30 * year).ToString(CultureInfo.InvariantCulture)} semester hours | {Duration(12 * year)} |\n");
        }
        else
        {
            text.Append(", with 30 semester hours equal to one year of experience\n");
        }

        if (family.Professional && c.Level >= 3 && random.Chance(0.5))
            text.Append($"3. A master's degree in {family.Field} may substitute for one year of the required experience\n");
    }

    private static void WriteLicenses(StringBuilder text, ClassPlan c, SeededRandom random, string license)
    {
        text.Append("\n## Licenses and Certificates\n\n- ").Append(license).Append('\n');
        var other = random.Pick(c.Series.Family.Licenses);
        if (other != license && random.Chance(0.4)) text.Append("- ").Append(other).Append('\n');
    }

    private static void WriteWorkingConditions(StringBuilder text, ClassPlan c, SeededRandom random) =>
        text.Append("\n## Working Conditions\n\n")
            .Append($"Work is performed in {c.Series.Family.Setting}. {random.Pick(Phrases.WorkConditions)}\n");

    /// <summary>"three (3) years (36 months)", or "18 months" when not whole years.</summary>
    private static string Duration(int months)
    {
        if (months % 12 != 0) return months.ToString(CultureInfo.InvariantCulture) + " months";
        var years = months / 12;
        return $"{Phrases.NumberWords[years]} ({years.ToString(CultureInfo.InvariantCulture)}) year{(years == 1 ? "" : "s")} ({months.ToString(CultureInfo.InvariantCulture)} months)";
    }

    /// <summary>"A" or "An" before a title; titles start with a department name (a word, never an initialism), so the first letter decides.</summary>
    private static string Article(string title) => "AEIOU".Contains(title[0], StringComparison.Ordinal) ? "An" : "A";

    private static string Lower(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence[1..];

    private static string Upper(string sentence) => char.ToUpperInvariant(sentence[0]) + sentence[1..];
}
