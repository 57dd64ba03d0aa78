using System.Globalization;
using Rungs.Content;
using Rungs.Corpus.Words;

namespace Rungs.Corpus;

/// <summary>Decides the whole corpus from its spec: series in promotional lines, their ladders, codes, and every reference between items.</summary>
internal static class CorpusPlanner
{
    private const int DutyStemsPerSeries = 20;

    // How often a series names its levels by rank word, Roman numeral or number (the order of LevelStyle).
    private static readonly double[] StyleWeights = [0.45, 0.35, 0.20];

    public static CorpusPlan Plan(CorpusSpec spec)
    {
        var random = CorpusStreams.For(spec, CorpusStreams.Plan, 0);
        var orderInGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        var competencies = Competencies.All.Take(spec.CompetencyCount)
            .Select(c => new CompetencyPlan(Slug.Suggest(c.Title), c, orderInGroup[c.Group] = orderInGroup.GetValueOrDefault(c.Group) + 1))
            .ToList();
        var ksas = Ksas.All.Take(spec.KsaCount).Select(k => new KsaPlan(Slug.Suggest(k.Title), k)).ToList();

        var sizes = LadderSizes.Draw(random, spec.SeriesCount, spec.Classes, spec.Shape.LevelsPerSeries);
        var series = PlanSeries(random, spec.Shape, sizes, competencies.Select(c => c.Slug).ToList(), ksas.Select(k => k.Slug).ToList());
        PlanClasses(random, series);
        PlanReferences(random, spec.Shape, series);
        var jobModels = PlanJobModels(random, spec, series, competencies.Select(c => c.Slug).ToList());
        return new CorpusPlan(spec, series, competencies, ksas, jobModels);
    }

    /// <summary>Series come in promotional lines of 2–4 related occupations of one family in one department.</summary>
    private static List<SeriesPlan> PlanSeries(SeededRandom random, CorpusShape shape, int[] sizes, List<string> competencies, List<string> ksas)
    {
        var series = new List<SeriesPlan>(sizes.Length);
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        var line = 0;
        while (series.Count < sizes.Length)
        {
            var remaining = sizes.Length - series.Count;
            var groupSize = random.Between(2, 4);
            if (remaining - groupSize == 1) groupSize = groupSize == 4 ? 3 : groupSize + 1; // never leave a line of one behind
            groupSize = Math.Min(groupSize, remaining);

            var familyIndex = random.Next(Families.All.Count);
            var family = Families.All[familyIndex];
            var occupations = random.Sample(family.Occupations, groupSize);
            var departmentIndex = PickDepartment(random, occupations, usedSlugs);
            var department = Families.Departments[departmentIndex];
            var lineCode = (101 + line++).ToString(CultureInfo.InvariantCulture);
            var members = new List<SeriesPlan>();
            foreach (var occupation in occupations)
            {
                var index = series.Count;
                var slug = Unique(Slug.Suggest($"{department} {occupation.Title}"), usedSlugs);
                var plan = new SeriesPlan
                {
                    Index = index,
                    LevelCount = sizes[index],
                    Slug = slug,
                    Department = department,
                    Family = family,
                    Occupation = occupation,
                    Code = $"{Initials(department)}{Initials(occupation.Title)}-{(index + 1).ToString("D4", CultureInfo.InvariantCulture)}",
                    PromotionalLine = lineCode,
                    WorkArea = (110 + departmentIndex * 11 + familyIndex).ToString(CultureInfo.InvariantCulture),
                    Style = (LevelStyle)random.Weighted(StyleWeights),
                    BaseGrade = random.Between(8, 14) + (family.Professional ? 3 : 0),
                    GradeStep = random.Between(1, 2),
                    CompetencyPool = random.Sample(competencies, Math.Max(8, shape.CompetenciesPerClass ?? 0)),
                    KsaPool = random.Sample(ksas, Math.Max(12, shape.KsasPerClass ?? 0)),
                    Duties = PlanDuties(random, family, Math.Max(DutyStemsPerSeries, shape.ListItems ?? 0)),
                    KnowledgeOrder = random.Sample(family.KnowledgeAreas, family.KnowledgeAreas.Count)
                        .Concat(random.Sample(Phrases.GeneralKnowledge, 2)).ToList(),
                    AbilityOrder = random.Sample(Phrases.Abilities, Phrases.Abilities.Count),
                };
                series.Add(plan);
                members.Add(plan);
            }

            foreach (var member in members) member.LineMates.AddRange(members.Where(m => m != member));
        }

        return series;
    }

    /// <summary>A department in which none of the line's occupations has a series yet, when one is found in a few tries.</summary>
    private static int PickDepartment(SeededRandom random, List<Occupation> occupations, HashSet<string> usedSlugs)
    {
        var department = random.Next(Families.Departments.Count);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (occupations.All(o => !usedSlugs.Contains(Slug.Suggest($"{Families.Departments[department]} {o.Title}")))) break;
            department = random.Next(Families.Departments.Count);
        }

        return department;
    }

    private static List<DutyStem> PlanDuties(SeededRandom random, OccupationFamily family, int count)
    {
        var objects = random.Sample(family.DutyObjects, family.DutyObjects.Count);
        var stems = new List<DutyStem>(count);
        for (var i = 0; i < count; i++)
            stems.Add(new DutyStem(random.Next(Phrases.Verbs[0].Count), objects[i % objects.Count], random.Pick(Phrases.Qualifiers),
                random.Chance(0.4) ? random.Next(Phrases.Tails[0].Count) : -1));
        return stems;
    }

    /// <summary>Classes with slugs and codes; codes are "C" + five digits, distinct by construction.</summary>
    private static void PlanClasses(SeededRandom random, List<SeriesPlan> series)
    {
        // k ↦ (k · 7919 + offset) mod 90,000 is one-to-one because 7919 is prime and does not divide 90,000,
        // so codes look scattered yet never repeat, without a set of used codes.
        var offset = random.Next(90_000);
        var index = 0;
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in series)
        {
            for (var level = 1; level <= s.LevelCount; level++)
            {
                var name = LevelNames.Of(s.Style, level, s.LevelCount);
                var number = 10_000 + (int)(((long)index * 7919 + offset) % 90_000);
                s.Classes.Add(new ClassPlan
                {
                    Series = s,
                    Level = level,
                    Name = name,
                    Slug = Unique($"{s.Slug}-{name.SlugSuffix}", usedSlugs),
                    Code = "C" + number.ToString(CultureInfo.InvariantCulture),
                    Index = index,
                });
                index++;
            }
        }
    }

    private static void PlanReferences(SeededRandom random, CorpusShape shape, List<SeriesPlan> series)
    {
        foreach (var s in series)
        foreach (var c in s.Classes)
        {
            c.IncludesLowerLevelWork = c.Level > 1 && random.Chance(0.6);

            if (random.Chance(shape.ComparisonShare))
            {
                AddDistinct(c.DiffersFrom, c, DifferenceTarget(random, c, series));
                if (random.Chance(0.2)) AddDistinct(c.DiffersFrom, c, DifferenceTarget(random, c, series));
            }

            // Promotion only ever leads to a series later in the corpus, and ladders only lead up,
            // so following promotions can never come back to where it started (RUNGS022).
            if (c.Level >= 2 && c.Level >= c.Levels - 1 && random.Chance(0.2))
            {
                var target = s.Index + random.Between(1, 12);
                if (target < series.Count)
                {
                    var to = series[target];
                    c.PromotesTo.Add(to.Classes[random.Next(Math.Min(2, to.Classes.Count))]);
                }
            }
        }
    }

    /// <summary>A neighbouring level of the same series, or a class at a similar level in another series (often a line mate).</summary>
    private static ClassPlan DifferenceTarget(SeededRandom random, ClassPlan c, List<SeriesPlan> series)
    {
        var s = c.Series;
        if (random.Chance(0.6))
            return c.Level > 1 ? s.Classes[c.Level - 2] : s.Classes[c.Level];
        var other = s.LineMates.Count > 0 && random.Chance(0.7) ? random.Pick(s.LineMates) : random.Pick(series);
        return other.Classes[Math.Min(c.Level, other.Classes.Count) - 1];
    }

    private static void AddDistinct(List<ClassPlan> list, ClassPlan self, ClassPlan target)
    {
        if (target != self && !list.Contains(target)) list.Add(target);
    }

    private static List<JobModelPlan> PlanJobModels(SeededRandom random, CorpusSpec spec, List<SeriesPlan> series, List<string> competencies)
    {
        var models = new List<JobModelPlan>(spec.JobModelCount);
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        for (var m = 0; m < spec.JobModelCount; m++)
        {
            var family = Families.All[m % Families.All.Count];
            var round = m / (Families.All.Count * family.JobModels.Count);
            var title = family.JobModels[m / Families.All.Count % family.JobModels.Count]
                        + (round > 0 ? " " + (round + 1).ToString(CultureInfo.InvariantCulture) : "");
            var candidates = series.Where(s => s.Family == family).SelectMany(s => s.Classes).ToList();
            if (candidates.Count == 0) candidates = series.SelectMany(s => s.Classes).ToList(); // a small corpus may lack the family
            models.Add(new JobModelPlan(m, Unique(Slug.Suggest(title), usedSlugs), title, family,
                random.Sample(competencies, random.Between(5, 8)),
                random.Sample(family.ExamplePositions, random.Between(4, 8)),
                random.Sample(candidates, random.Between(4, 12)).OrderBy(c => c.Index).ToList()));
        }

        return models;
    }

    /// <summary><paramref name="slug"/>, or slug-2, slug-3… when it is taken (only very large corpora run out of names).</summary>
    private static string Unique(string slug, HashSet<string> used)
    {
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++)
            candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        return candidate;
    }

    private static string Initials(string words) =>
        string.Concat(words.Split(' ').Where(w => w != "and").Select(w => char.ToUpperInvariant(w[0])));
}
