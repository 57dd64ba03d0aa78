using Rungs.Content;

namespace Rungs.Ladders;

/// <summary>Short, comparable readings of long sections: a class's summary and its qualification rules.</summary>
public static class SectionSummary
{
    // Made each time: a build reads a class's digests twice (the series table, the class's data file), and the level
    // comparisons leave the digests out (ClassAttribute.IsSectionDigest).

    /// <summary>The text of the class's summary sections, paragraphs joined by a space.</summary>
    public static string? Summary(SpecBody body)
    {
        var text = string.Join(" ", body.OfKind(SectionKind.Summary).Select(s => s.Text.Replace('\n', ' ')));
        return text.Length == 0 ? null : text;
    }

    /// <summary>The qualification rules as one line each ("; "-joined), or the section's text when it has no list ("None").</summary>
    public static string? Qualifications(SpecBody body)
    {
        var sections = body.OfKind(SectionKind.MinimumQualifications).ToList();
        if (sections.Count == 0) return null;
        var items = sections.SelectMany(s => s.Items).Select(Flatten).ToList();
        return items.Count > 0 ? string.Join("; ", items) : string.Join(" ", sections.Select(s => s.Text.Replace('\n', ' ')));
    }

    /// <summary>An item followed by its nested alternatives ("… categories: (a) … (b) …"), so one line carries the whole rule.</summary>
    public static string Flatten(SectionItem item) =>
        item.Children.Count == 0 ? item.Text : $"{item.Text} {string.Join(" ", item.Children.Select(Flatten))}";
}
