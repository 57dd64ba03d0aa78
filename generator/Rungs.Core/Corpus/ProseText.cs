using System.Text;
using Rungs.Corpus.Words;

namespace Rungs.Corpus;

/// <summary>Extra summary paragraphs for prose-heavy shapes: sentences about the class's own duties, knowledge and setting.</summary>
internal static class ProseText
{
    /// <summary>Two to four paragraphs of <paramref name="sentences"/> sentences each, appended to the summary section.</summary>
    public static void WriteParagraphs(StringBuilder text, ClassPlan c, SeededRandom random, int sentences)
    {
        var paragraphs = random.Between(2, 4);
        for (var p = 0; p < paragraphs; p++)
        {
            text.Append('\n');
            for (var i = 0; i < sentences; i++)
                text.Append(i == 0 ? "" : " ").Append(Sentence(c, random));
            text.Append('\n');
        }
    }

    private static string Sentence(ClassPlan c, SeededRandom random)
    {
        var s = c.Series;
        return random.Next(4) switch
        {
            0 => $"In a typical assignment the incumbent {ClassText.Duty(random.Pick(s.Duties), c.Level)}.",
            1 => $"Employees draw on {random.Pick(s.KnowledgeOrder)} when working with {random.Pick(s.Duties).Object}.",
            2 => $"Positions in this class are found in {s.Family.Setting} and call for the ability to {random.Pick(s.AbilityOrder)}.",
            _ => random.Pick(Phrases.WorkConditions),
        };
    }
}
