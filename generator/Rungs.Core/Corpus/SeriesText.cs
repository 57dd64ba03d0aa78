using System.Globalization;
using System.Text;

namespace Rungs.Corpus;

/// <summary>Writes a series' `_series.md`: its codes, promotional line and a short narrative.</summary>
internal static class SeriesText
{
    public static string Render(CorpusSpec spec, SeriesPlan s)
    {
        var random = CorpusStreams.For(spec, CorpusStreams.SeriesText, s.Index);
        var text = new StringBuilder(1024);
        var summary = $"{Upper(s.Family.Work)} in the {s.Department} department, from {s.Classes[0].Name.Label} to {s.Classes[^1].Name.Label}.";
        text.Append("---\n");
        new YamlText(text)
            .Text("title", s.Title)
            .Text("code", s.Code)
            .Quoted("occupational_area", s.Family.AreaCode)
            .Quoted("work_area", s.WorkArea)
            .Quoted("promotional_line", s.PromotionalLine)
            .Quoted("summary", summary)
            .Number("order", s.Index + 1);
        text.Append("---\n\n## Series Narrative\n\n")
            .Append($"Employees in this series perform {s.Family.Work} for the {s.Department} department. ")
            .Append($"The series has {s.Classes.Count.ToString(CultureInfo.InvariantCulture)} levels, from {s.Classes[0].Title} to {s.Classes[^1].Title}; ")
            .Append("each level asks for broader knowledge and more independent judgment than the one below it.");
        if (s.LineMates.Count > 0)
            text.Append($" The series shares promotional line {s.PromotionalLine} with the {string.Join(" and the ", s.LineMates.Select(m => m.Title))}.");
        if (random.Chance(0.5))
            text.Append($" Work is performed in {s.Family.Setting}.");
        text.Append('\n');
        return text.ToString();
    }

    private static string Upper(string sentence) => char.ToUpperInvariant(sentence[0]) + sentence[1..];
}
