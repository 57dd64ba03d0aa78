using System.Globalization;
using System.Text;

namespace Rungs.Scaffolding;

/// <summary>
/// The text of a new spec file for `rungs new`: front matter with the required keys filled in and every optional key
/// present as a YAML comment saying what it is for, then the known sections with a placeholder note each.
/// Notes in the body are Markdown comments (`[//]: # "…"`), which render as nothing, since raw HTML is off.
/// A generated file passes `rungs check` as it is. Pure text; the command does the I/O.
/// </summary>
public static class SpecScaffold
{
    /// <summary>Where a new series goes, relative to the content folder.</summary>
    public static string SeriesPath(string slug) => $"series/{slug}/_series.md";

    /// <summary>Where a new class goes, relative to the content folder.</summary>
    public static string ClassPath(string series, string slug) => $"series/{series}/{slug}.md";

    /// <summary>Where a new competency goes, relative to the content folder.</summary>
    public static string CompetencyPath(string slug) => $"competencies/{slug}.md";

    /// <summary>The default title of a new item: its slug in title case (`customer-service` → `Customer Service`).</summary>
    public static string TitleOf(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    public static string Series(string slug, string? title = null)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        Key(text, "title", Quote(title ?? TitleOf(slug)));
        Optional(text, "code", "\"CSR\"", "the series' own code, if it has one");
        Optional(text, "organisation", "Example University", "who owns the series, when the site holds several employers' specs");
        Optional(text, "occupational_area", "\"02\"", "occupational area code");
        Optional(text, "work_area", "\"215\"", "work area code");
        Optional(text, "promotional_line", "\"343\"", "series sharing a promotional line are bracketed together on the career map");
        Optional(text, "summary", "One sentence for cards and search.", "one sentence for cards and search");
        Optional(text, "order", "1", "position among the series (then by title)");
        Optional(text, "ksas", "[grammar]", "KSA slugs every class in the series asks for");
        Optional(text, "competencies", "[communication]", "competency slugs of every class in the series");
        Optional(text, "tracks", "[Specialist, Supervisor]", "parallel tracks in display order; a class without `track` is in the first");
        Optional(text, "status", "draft", "active (the default), draft (built only with --drafts) or abolished: then so is every class in it");
        Optional(text, "abolished", "2026-06-30", "when an abolished series was abolished, YYYY-MM-DD");
        Optional(text, "abolished_note", "Pay letter 26-04", "the decision or pay letter that abolished the series");
        text.Append("---\n");
        Section(text, "Series Narrative", "Describe the kind of work the series covers. This is the series' summary.");
        Section(text, "Duties", "Series-wide duties, one list item each, e.g. - answers inquiries from clients");
        Section(text, "Knowledge, Skills and Abilities", "KSAs every level needs, one list item each");
        return text.ToString();
    }

    public static string Class(string series, string slug, int level, string? title = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        var text = new StringBuilder();
        text.Append("---\n");
        Key(text, "title", Quote(title ?? TitleOf(slug)));
        Optional(text, "code", "\"4808\"", "class code, unique across the site; quoted so it stays text");
        Key(text, "level", level.ToString(CultureInfo.InvariantCulture), $"order in the series `{series}`; 1 = entry level, unique in the series");
        Optional(text, "level_label", "Level II", "how the level is named: Level II, Senior");
        Optional(text, "track", "Supervisor", "a parallel track of the series; classes share a level only in different tracks");
        Optional(text, "hris_title", "CUST SVC REP 2", "the payroll or HRIS system's title");
        Optional(text, "grade", "\"15\"", "pay grade");
        Optional(text, "flsa", "non-exempt", "FLSA status: exempt or non-exempt");
        Optional(text, "probation", "6 months", "probationary period");
        Optional(text, "effective", "2010-08-15", "effective date, YYYY-MM-DD");
        Optional(text, "last_action", "Revised", "the last classification action");
        Optional(text, "aliases", "[Old Title]", "old titles and other names people search for");
        Optional(text, "example_positions", "[Help Desk Technician]", "example working titles");
        Optional(text, "supervision_received", "General supervision", "supervision received");
        Optional(text, "supervision_exercised", "May lead others", "supervision exercised");
        Optional(text, "decision_authority", "Follows established guidelines", "decision-making authority");
        Optional(text, "budget_responsibility", "None", "budget responsibility");
        Optional(text, "licensure", "None required", "licences or certification required");
        Optional(text, "other_preferences", "Varies by position", "other selective preferences");
        Optional(text, "competencies", "[communication]", "competency slugs");
        Optional(text, "ksas", "[grammar]", "KSA slugs");
        Optional(text, "differs_from", "[other-class]", "slugs of classes this one is distinguished from");
        Optional(text, "promotes_to", "[class-in-another-series]", "slugs of classes in other series this class leads to");
        Optional(text, "includes_lower_level_work", "true", "also performs the work of the level below (not on level 1)");
        Optional(text, "redirect_from", "[old-slug]", "old slugs in this series or old paths (/specs/4808.html) that redirect here");
        Optional(text, "onet_soc", "\"43-4051.00\"", "the O*NET-SOC occupation, NN-NNNN.NN; linked to O*NET OnLine");
        Optional(text, "isco", "\"4222\"", "the ISCO-08 unit group, four digits");
        Optional(text, "status", "draft", "active (the default), draft (built only with --drafts) or abolished");
        Optional(text, "abolished", "2026-06-30", "when an abolished class was abolished, YYYY-MM-DD");
        Optional(text, "superseded_by", "other-class", "the class that replaced an abolished one");
        text.Append("---\n");
        Section(text, "Summary", "What the class does, in a paragraph or two.");
        Section(text, "Distinguishing Characteristics", "How this level differs from the levels below and above.");
        Section(text, "Duties", "One list item per duty, e.g. - responds to routine inquiries from clients");
        Section(text, "Knowledge, Skills and Abilities", "One list item per KSA; group them under ### Knowledge of, ### Ability to");
        Section(text, "Minimum Qualifications", "One list item per requirement, e.g. - high school diploma or equivalent");
        Section(text, "Licenses and Certificates", "Licences or certificates required, one list item each; remove this section if none");
        return text.ToString();
    }

    public static string Competency(string slug, string? title = null)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        Key(text, "title", Quote(title ?? TitleOf(slug)));
        Optional(text, "summary", "Clearly conveys and receives information.", "the one-line definition for cards, search and class pages");
        Optional(text, "group", "Front-line customer service", "the competency model it belongs to");
        Optional(text, "order", "1", "position inside its group");
        text.Append("---\n");
        Section(text, "Definition", "What the competency is, in a sentence or two.");
        Section(text, "Exemplary Performance", "What performance above target looks like.");
        Section(text, "Below Target Performance", "What performance below target looks like.");
        return text.ToString();
    }

    private static void Key(StringBuilder text, string key, string value, string? note = null)
    {
        text.Append(key).Append(": ").Append(value);
        if (note is not null) text.Append("   # ").Append(note);
        text.Append('\n');
    }

    private static void Optional(StringBuilder text, string key, string example, string note) =>
        text.Append("# ").Append(key).Append(": ").Append(example).Append("   # ").Append(note).Append('\n');

    /// <summary>A known section with a note that does not render (a Markdown link-definition comment).</summary>
    private static void Section(StringBuilder text, string heading, string note) =>
        text.Append("\n## ").Append(heading).Append("\n\n[//]: # \"").Append(note.Replace('"', '\'')).Append("\"\n");

    /// <summary>A YAML double-quoted string, so titles with `:` or `#` stay text.</summary>
    internal static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
