using Rungs.Content;

namespace Rungs.Ladders;

/// <summary>Short, comparable readings of long sections: a class's summary and its qualification rules.</summary>
public static class SectionSummary
{
    // A class's readings are asked for several times while its series is rendered (its data file, the series table,
    // the comparisons with the levels above and below), on one thread: each thread remembers the last few it made.
    [ThreadStatic] private static RecentReadings? t_summaries;
    [ThreadStatic] private static RecentReadings? t_qualifications;

    /// <summary>The text of the class's summary sections, paragraphs joined by a space.</summary>
    public static string? Summary(SpecBody body) => (t_summaries ??= new RecentReadings()).Get(body, MakeSummary);

    /// <summary>The qualification rules as one line each ("; "-joined), or the section's text when it has no list ("None").</summary>
    public static string? Qualifications(SpecBody body) => (t_qualifications ??= new RecentReadings()).Get(body, MakeQualifications);

    private static string? MakeSummary(SpecBody body)
    {
        var text = string.Join(" ", body.OfKind(SectionKind.Summary).Select(s => s.Text.Replace('\n', ' ')));
        return text.Length == 0 ? null : text;
    }

    private static string? MakeQualifications(SpecBody body)
    {
        var sections = body.OfKind(SectionKind.MinimumQualifications).ToList();
        if (sections.Count == 0) return null;
        var items = sections.SelectMany(s => s.Items).Select(Flatten).ToList();
        return items.Count > 0 ? string.Join("; ", items) : string.Join(" ", sections.Select(s => s.Text.Replace('\n', ' ')));
    }

    /// <summary>An item followed by its nested alternatives ("… categories: (a) … (b) …"), so one line carries the whole rule.</summary>
    public static string Flatten(SectionItem item) =>
        item.Children.Count == 0 ? item.Text : $"{item.Text} {string.Join(" ", item.Children.Select(Flatten))}";

    /// <summary>The readings of the last few bodies read, by reference: a series has at most a handful of levels.</summary>
    private sealed class RecentReadings
    {
        private const int Size = 8;
        private readonly SpecBody?[] _bodies = new SpecBody?[Size];
        private readonly string?[] _readings = new string?[Size];
        private int _next;

        public string? Get(SpecBody body, Func<SpecBody, string?> make)
        {
            for (var i = 0; i < Size; i++)
                if (ReferenceEquals(_bodies[i], body)) return _readings[i];
            var reading = make(body);
            _bodies[_next] = body;
            _readings[_next] = reading;
            _next = (_next + 1) % Size;
            return reading;
        }
    }
}
