using Rungs.Comparison;
using Rungs.Rendering.Views;
using Scriban;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>
/// partials/diff.html in C#: a class comparison, with `diff`, `compact`, `root` and `words_markup` read as the partial
/// reads them. Every ladder step page is this partial, and every class page but the top of its ladder shows it.
/// </summary>
internal sealed class DiffTwin : TemplateTwin
{
    public override string Path => "partials/diff.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = BuiltIn("partials/diff.html");

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        // Word runs are written as WordsMarkup makes them only where the theme's words.html makes the same (`words_markup`).
        if (!TryGet(context, Diff, out DiffView diff) || !TryGet(context, Compact, out bool compact)
            || !TryGet(context, Root, out string root) || !TryGet(context, UseWordsMarkup, out bool wordsMarkup)
            || !wordsMarkup) return false;
        Write(context, o, diff, compact, root);
        return true;
    }

    /// <summary>A layout's `diff = …; compact = …; include 'diff.html'`, its word runs as <see cref="WordsMarkup"/> makes them (so only where `words_markup` is true).</summary>
    public static void Include(TemplateContext context, TwinOutput o, DiffView diff, bool compact, string root)
    {
        context.SetValue(Diff, diff);
        context.SetValue(Compact, compact);
        Write(context, o, diff, compact, root);
    }

    private static void Write(TemplateContext context, TwinOutput o, DiffView diff, bool compact, string root)
    {
        if (!diff.HasChanges) o.Raw("<p class=\"muted\">The two classes say the same in every compared field and section.</p>\n");
        if (diff.Fields.Count > 0)
        {
            o.Raw("<h3>Fields that change</h3>\n<dl class=\"field-changes\">\n");
            foreach (var f in diff.Fields)
            {
                o.Raw("  <div data-field=\"").Raw(f.Id).Raw("\">\n    <dt>").Escaped(f.Label).Raw("</dt>\n    <dd><span class=\"before\">");
                OrNone(o, f.Before);
                o.Raw("</span> <span class=\"arrow\" aria-hidden=\"true\">\u2192</span><span class=\"visually-hidden\"> becomes </span> <span class=\"after\">");
                OrNone(o, f.After);
                o.Raw("</span></dd>\n  </div>\n");
            }

            o.Raw("</dl>\n");
        }

        foreach (var l in diff.LinkChanges)
        {
            if (!l.Change.HasChanges) continue;
            o.Raw("<h3>").Raw(l.Title).Raw("</h3>\n<ul class=\"link-changes\">\n");
            foreach (var i in l.Change.Added)
            {
                o.Raw("  <li class=\"added\"><span class=\"tag tag-added\">Added</span> <a href=\"").Raw(root).Raw(i.Url).Raw("\">").Escaped(i.Title).Raw("</a>");
                if (i.Summary is not null) o.Raw(" <span class=\"muted\">\u2014 ").Escaped(i.Summary).Raw("</span>");
                o.Raw("</li>\n");
            }

            foreach (var i in l.Change.Removed)
                o.Raw("  <li class=\"removed\"><span class=\"tag tag-removed\">Dropped</span> <a href=\"").Raw(root).Raw(i.Url).Raw("\">").Escaped(i.Title).Raw("</a></li>\n");
            o.Raw("</ul>\n");
            if (l.Change.Kept > 0)
                o.Raw("<p class=\"muted\">").Value(l.Change.Kept).Raw(" more ").Raw(l.Change.Kept == 1 ? "is" : "are").Raw(" asked at both levels.</p>");
        }

        var sections = compact ? diff.ChangedSections : diff.Sections;
        context.SetValue(Sections, sections);
        foreach (var s in sections)
        {
            o.Raw("<div class=\"section-diff\">\n  <h3 id=\"diff-").Raw(s.Id).Raw("\">").Escaped(s.Title).Raw("</h3>\n");
            if (s.HasItems) Items(o, diff, s, compact);
            else o.Raw("  <p class=\"text-diff\">").Words(s.Segments).Raw("</p>\n");
            o.Raw("</div>\n");
        }
    }

    private static void Items(TwinOutput o, DiffView diff, SectionView s, bool compact)
    {
        o.Raw("  <p class=\"diff-counts\">\n");
        if (s.Added > 0) o.Raw("<span class=\"tag tag-added\">").Value(s.Added).Raw(" added</span> ");
        if (s.Reworded > 0) o.Raw("<span class=\"tag tag-reworded\">").Value(s.Reworded).Raw(" reworded</span> ");
        if (s.Removed > 0) o.Raw("<span class=\"tag tag-removed\">").Value(s.Removed).Raw(" removed</span> ");
        if (s.Moved > 0) o.Raw("<span class=\"tag tag-moved\">").Value(s.Moved).Raw(" moved</span> ");
        if (s.Unchanged > 0) o.Raw("<span class=\"tag\">").Value(s.Unchanged).Raw(" unchanged</span>");
        o.Raw("  </p>\n");
        if (s.Inherited.Count > 0)
            o.Raw("  <p class=\"inherited\">").Escaped(diff.After.Title).Raw(" includes the work of ").Escaped(diff.Before.Title).Raw(", so its ")
                .Value(s.Inherited.Count).Raw(" other ").Raw(s.Inherited.Count == 1 ? "duty carries" : "duties carry").Raw(" over.</p>\n");
        var folded = compact && s.Kind == "Duties";
        if (folded) o.Raw("<details><summary>Show the duties that change</summary>");
        o.Raw("  <ul class=\"item-diff\">\n");
        foreach (var i in s.Rows)
        {
            if (compact && i.Change == ItemChange.Unchanged) continue;
            var change = i.Change.ToString();
            var changeClass = ItemView.ClassOf(change);
            o.Raw("    <li class=\"item-").Raw(changeClass).Raw("\"><span class=\"tag tag-").Raw(changeClass).Raw("\">").Raw(change).Raw("</span> ")
                .Words(i.Words).Raw("</li>\n");
        }

        o.Raw("  </ul>\n");
        if (!compact && s.Inherited.Count > 0)
        {
            o.Raw("  <details><summary>The ").Value(s.Inherited.Count).Raw(" ").Raw(s.Inherited.Count == 1 ? "duty" : "duties").Raw(" of ")
                .Escaped(diff.Before.Title).Raw(" that carry over</summary>\n  <ul class=\"item-diff\">\n");
            foreach (var i in s.Inherited) o.Raw("    <li class=\"item-inherited\"><span class=\"tag\">Included</span> ").Escaped(i).Raw("</li>\n");
            o.Raw("  </ul>\n  </details>\n");
        }

        if (folded) o.Raw("</details>");
    }

    // `{{ if v }}{{ v | html.escape }}{{ else }}<span class="muted">none</span>{{ end }}`: in Scriban only null is false, not "".
    private static void OrNone(TwinOutput o, string? value)
    {
        if (value is not null) o.Escaped(value);
        else o.Raw("<span class=\"muted\">none</span>");
    }
}
