using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>The front-matter schema of each file kind, written as the reads that build its model.</summary>
public static class SpecReaders
{
    /// <summary>The values `raw_html` takes in site.yml, the default first.</summary>
    public static readonly IReadOnlyList<string> RawHtmlValues = ["escape", "allow-list"];

    public static SiteConfig? ReadSite(FrontMatterFields f)
    {
        var title = f.String("title", required: true);
        var baseUrlText = f.String("base_url");
        BaseUrl? baseUrl = null;
        if (baseUrlText is not null && (baseUrl = BaseUrl.TryParse(baseUrlText, out var problem)) is null)
            f.Invalid("base_url", $"`base_url` {problem}, not \"{baseUrlText}\"",
                problem == BaseUrl.NotAbsolute
                    ? $"e.g. `base_url: https://{baseUrlText.TrimStart('/')}`"
                    : "give the address of the site's root folder, e.g. `base_url: https://hr.example.org/specs/`");

        var config = new SiteConfig(
            title ?? "",
            f.String("organisation"),
            f.String("description"),
            baseUrl,
            f.String("theme") ?? SiteConfig.DefaultTheme,
            f.String("language") ?? "en",
            f.MappingList("nav", n =>
            {
                var t = n.String("title", required: true);
                var u = n.String("url", required: true);
                if (u is not null && !UrlSafety.IsSafe(u))
                {
                    n.Invalid("url", $"the nav `url` \"{u}\" uses the unsafe `{UrlSafety.SchemeOf(u)}:` scheme",
                        "write a site-relative path (e.g. `classes/`) or an http:, https: or mailto: URL");
                    return null;
                }

                return t is null || u is null ? null : new NavLink(t, u);
            }))
        {
            ThemePosition = f.PositionOf("theme"),
            RawHtml = f.OneOf("raw_html", RawHtmlValues) == "allow-list" ? RawHtml.AllowList : RawHtml.Escape,
            Sections = SiteSections.Read(f),
            Fields = DeclaredFields.ReadDeclarations(f),
            PayScale = PayScaleReader.Reference(f),
            Releases = ReleasePatterns.Read(f),
            Lint = LintSettingsReader.Read(f),
            EditUrl = ReadEditUrl(f),
        };
        f.ReportUnknownKeys();
        return title is null ? null : config;
    }

    /// <summary>`edit_url`: the folder URL the content is edited at, e.g. a repository's `…/edit/main/content/`.</summary>
    private static BaseUrl? ReadEditUrl(FrontMatterFields f)
    {
        if (f.String("edit_url") is not { } text) return null;
        if (BaseUrl.TryParse(text, out var problem) is { } url) return url;
        f.Error(DiagnosticCodes.EditUrl, f.PositionOf("edit_url"), $"`edit_url` {problem}, not \"{text}\"",
            "give the address that edits the content folder's files, e.g. `edit_url: https://github.com/org/repo/edit/main/content/`");
        return null;
    }

    /// <param name="declared">The fields the site declares: the series may give defaults for them (`defaults:`).</param>
    public static SeriesSpec? ReadSeries(string slug, SourcePosition at, FrontMatterFields f, SpecBody body, IReadOnlyList<FieldDeclaration>? declared = null)
    {
        var title = f.String("title", required: true);
        var (status, abolishedOn) = StatusReader.Read(f, "series", inheritsDate: false);
        var spec = new SeriesSpec(slug, at, title ?? "",
            f.String("code"),
            f.String("organisation"),
            f.String("occupational_area"),
            f.String("work_area"),
            f.String("promotional_line"),
            f.String("summary"),
            f.Int("order"),
            f.SlugList("ksas"),
            f.SlugList("competencies"),
            body)
        {
            Tracks = ReadTracks(f),
            TracksPosition = f.PositionOf("tracks"),
            FieldDefaults = f.Nested("defaults") is { } defaults ? ReadDefaults(defaults, declared ?? []) : [],
            PayScale = PayScaleReader.Reference(f),
            Status = status,
            AbolishedOn = abolishedOn,
            AbolishedNote = ReadAbolishedNote(f, status),
        };
        return title is null ? null : spec;
    }

    /// <summary>`abolished_note:` names the decision or pay letter that abolished a series; only an abolished series gives one.</summary>
    private static string? ReadAbolishedNote(FrontMatterFields f, SpecStatus status)
    {
        var note = f.String("abolished_note");
        if (note is not null && status != SpecStatus.Abolished) StatusReader.NotAbolished(f, "abolished_note", "series");
        return note;
    }

    /// <summary>`superseded_by:` names the class that replaced an abolished one; a class in force has no successor.</summary>
    private static SlugRef? ReadSupersededBy(FrontMatterFields f, SpecStatus status)
    {
        if (!f.Has("superseded_by")) return null;
        var successor = f.ClassRef("superseded_by");
        if (successor is not null && status != SpecStatus.Abolished)
            StatusReader.NotAbolished(f, "superseded_by", "class", DiagnosticCodes.Succession);
        return successor;
    }

    // Employers record statuses besides the FLSA's two (overtime eligibility, "covered"): a declared field holds them.
    private const string FlsaOtherwise = "`flsa` holds only the two FLSA statuses; to record another status, declare a field of your own in site.yml `fields:` " +
        "(e.g. `overtime_status: { label: Overtime status, type: text }`) and write the value there";

    /// <summary>`tracks`: the series' track names in display order, each once.</summary>
    private static IReadOnlyList<string> ReadTracks(FrontMatterFields f)
    {
        var tracks = f.StringList("tracks");
        if (tracks.Distinct(StringComparer.Ordinal).Count() == tracks.Count) return tracks;
        f.Invalid("tracks", $"`tracks` names a track twice: {string.Join(", ", tracks.GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))}",
            "list each track once, in the order the ladder shows them");
        return tracks.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <param name="declared">The fields the site declares: known keys of a class besides the built-in ones.</param>
    public static ClassSpec? ReadClass(string slug, string series, SourcePosition at, FrontMatterFields f, SpecBody body, IReadOnlyList<FieldDeclaration>? declared = null)
    {
        var title = f.String("title", required: true);
        var code = f.String("code");
        var level = f.Int("level", required: true, min: 1, hint: RomanLevel.Hint);
        var (status, abolishedOn) = StatusReader.Read(f, "class", inheritsDate: true);
        var spec = new ClassSpec(slug, series, at, title ?? "",
            code, f.PositionOf("code"),
            level ?? 0, f.PositionOf("level"),
            f.String("level_label"),
            f.String("hris_title"),
            f.String("grade"),
            f.OneOf("flsa", ClassSpec.FlsaValues, FlsaOtherwise),
            f.String("probation"),
            f.Date("effective"),
            f.String("last_action"),
            f.StringList("aliases"),
            f.StringList("example_positions"),
            f.String("supervision_received"),
            f.String("supervision_exercised"),
            f.String("decision_authority"),
            f.String("budget_responsibility"),
            f.String("licensure"),
            f.String("other_preferences"),
            f.SlugList("competencies"),
            f.SlugList("ksas"),
            f.ClassRefList("differs_from"),
            f.ClassRefList("promotes_to"),
            f.Bool("includes_lower_level_work") ?? false,
            f.PositionOf("includes_lower_level_work"),
            body)
        {
            RedirectFrom = ReadRedirectFrom(f),
            Track = f.String("track"),
            TrackPosition = f.PositionOf("track"),
            Fields = DeclaredFields.ReadValues(f, declared ?? []),
            OnetSoc = ReadOnetSoc(f),
            Isco = ReadIsco(f),
            PayScale = PayScaleReader.Reference(f),
            GradePosition = f.PositionOf("grade"),
            Status = status,
            StatusPosition = f.PositionOf("status"),
            AbolishedOn = abolishedOn,
            SupersededBy = ReadSupersededBy(f, status),
            EffectivePosition = f.PositionOf("effective"),
        };
        return title is null || level is null ? null : spec;
    }

    /// <summary>`onet_soc`: an O*NET-SOC code, `NN-NNNN.NN` or the SOC code `NN-NNNN` (read as `.00`).</summary>
    private static string? ReadOnetSoc(FrontMatterFields f) =>
        ReadCode(f, "onet_soc", CrosswalkCodes.OnetSoc, DiagnosticCodes.OnetSocCode, "an O*NET-SOC code",
            "write it as on O*NET OnLine, two digits, a hyphen, four digits and an optional `.NN` (e.g. `43-4051.00` or `43-4051`), in quotes");

    /// <summary>`isco`: an ISCO-08 unit group, four digits.</summary>
    private static string? ReadIsco(FrontMatterFields f) =>
        ReadCode(f, "isco", written => CrosswalkCodes.IsIsco(written) ? written : null, DiagnosticCodes.IscoCode, "an ISCO-08 unit group",
            "write the four digits of the unit group (e.g. `4222`), in quotes so that a leading zero is kept");

    /// <summary>A crosswalk code as <paramref name="read"/> takes it (null when it is not one, reported at the key as <paramref name="code"/>).</summary>
    private static string? ReadCode(FrontMatterFields f, string key, Func<string, string?> read, string code, string what, string hint)
    {
        if (f.String(key) is not { } written) return null;
        if (read(written) is { } value) return value;
        f.Error(code, f.PositionOf(key), $"`{key}` \"{written}\" is not {what}", hint);
        return null;
    }

    private static IReadOnlyList<FieldValue> ReadDefaults(FrontMatterFields defaults, IReadOnlyList<FieldDeclaration> declared)
    {
        var values = DeclaredFields.ReadValues(defaults, declared);
        defaults.ReportUnknownKeys("a default is given for a field declared in site.yml `fields:`; declare it there first");
        return values;
    }

    /// <summary>`redirect_from`: each entry an old slug, or an old site-relative path (`/specs/4808.html`) without spaces or wildcards.</summary>
    private static IReadOnlyList<string> ReadRedirectFrom(FrontMatterFields f)
    {
        var result = new List<string>();
        foreach (var old in f.StringList("redirect_from"))
        {
            var isPath = old.Length > 1 && old[0] == '/' && old[1] != '/' && !old.Any(c => char.IsWhiteSpace(c) || c is '*' or ':' or '?' or '#');
            if (isPath || Slug.IsValid(old)) result.Add(old);
            else
                f.Invalid("redirect_from", $"\"{old}\" in `redirect_from` is neither an old slug nor a site-relative path",
                    $"write an old slug (e.g. `{Slug.Suggest(old)}`) or a path starting with `/` (e.g. `/specs/4808.html`)");
        }

        return result;
    }

    public static Competency? ReadCompetency(string slug, SourcePosition at, FrontMatterFields f, SpecBody body)
    {
        var title = f.String("title", required: true);
        var spec = new Competency(slug, at, title ?? "", f.String("summary"), f.String("group"), f.Int("order"), body);
        return title is null ? null : spec;
    }

    public static Ksa? ReadKsa(string slug, SourcePosition at, FrontMatterFields f, SpecBody body)
    {
        var title = f.String("title", required: true);
        var spec = new Ksa(slug, at, title ?? "", f.OneOf("kind", Ksa.KindValues), f.String("summary"), body);
        return title is null ? null : spec;
    }

    public static JobModel? ReadJobModel(string slug, SourcePosition at, FrontMatterFields f, SpecBody body)
    {
        var title = f.String("title", required: true);
        var spec = new JobModel(slug, at, title ?? "", f.String("summary"),
            f.StringList("example_positions"), f.SlugList("competencies"), f.ClassRefList("classes"), body);
        return title is null ? null : spec;
    }
}
