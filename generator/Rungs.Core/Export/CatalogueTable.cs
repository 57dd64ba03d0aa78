using System.Globalization;
using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Export;

/// <summary>How a catalogue column's values are typed in a spreadsheet: codes and titles stay text, so `001368` keeps its zeros.</summary>
public enum CatalogueCellType
{
    Text,
    Number,
    Date,
}

/// <summary>A column of the class catalogue: its header and the type of its values.</summary>
public sealed record CatalogueColumn(string Header, CatalogueCellType Type);

/// <summary>
/// The class catalogue as a table, shared by `classes.csv` and `classes.xlsx` so both have the same columns and values:
/// code, title, series, level, grade, FLSA, URL; then the track on a site whose classes name tracks; then the organisation
/// on a site of several; then the O*NET-SOC and ISCO-08 codes where any class has one; then the pay range (min, max, currency, period) on a site where some class has pay; then every declared field,
/// in declaration order. A value is the text pages show (empty when the class has none); numbers and dates are typed only
/// where a spreadsheet can keep them exactly (the level, declared `number` and `date` fields).
/// </summary>
public sealed record CatalogueTable(IReadOnlyList<CatalogueColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The columns every catalogue has, in order.</summary>
    public static readonly IReadOnlyList<CatalogueColumn> BuiltInColumns =
    [
        new("Code", CatalogueCellType.Text),
        new("Title", CatalogueCellType.Text),
        new("Series", CatalogueCellType.Text),
        new("Level", CatalogueCellType.Number),
        new("Grade", CatalogueCellType.Text),
        new("FLSA", CatalogueCellType.Text),
        new("URL", CatalogueCellType.Text),
    ];

    /// <summary>The pay columns, on a site where some class has pay.</summary>
    /// <summary>The columns a site with a class not in force adds: its status (`active`, `draft`, `abolished`) and abolished date.</summary>
    public static readonly IReadOnlyList<CatalogueColumn> StatusColumns =
    [
        new("Status", CatalogueCellType.Text),
        new("Abolished", CatalogueCellType.Date),
    ];

    public static readonly IReadOnlyList<CatalogueColumn> PayColumns =
    [
        new("Pay min", CatalogueCellType.Number),
        new("Pay max", CatalogueCellType.Number),
        new("Currency", CatalogueCellType.Text),
        new("Pay period", CatalogueCellType.Text),
    ];

    /// <param name="baseUrl">Makes URLs absolute; without it they are the class pages' clean paths relative to the site root.</param>
    public static CatalogueTable Of(SiteModel site, BaseUrl? baseUrl)
    {
        var several = site.HasSeveralOrganisations;
        // Track only on a site whose classes name tracks: other sites' catalogues keep their columns.
        var tracks = site.Classes.Any(c => site.LadderOf(c).TrackOf(c) is not null);
        // Crosswalk codes likewise only where some class has one.
        var onetSoc = site.Classes.Any(c => c.OnetSoc is not null);
        var isco = site.Classes.Any(c => c.Isco is not null);
        // Status and abolished date only on a site with a class not in force (like Track).
        var statuses = site.Series.Any(l => l.Levels.Any(c => l.StatusOf(c) != SpecStatus.Active));
        var declared = site.Config.Fields;
        var columns = new List<CatalogueColumn>(BuiltInColumns);
        if (tracks) columns.Add(new("Track", CatalogueCellType.Text));
        if (several) columns.Add(new("Organisation", CatalogueCellType.Text));
        if (onetSoc) columns.Add(new("O*NET-SOC", CatalogueCellType.Text));
        if (isco) columns.Add(new("ISCO-08", CatalogueCellType.Text));
        if (statuses) columns.AddRange(StatusColumns);
        // Pay only on a site with pay: other sites' catalogues keep their columns.
        var pays = site.PayScales.Count == 0 ? null : site.Classes.ToDictionary<ClassSpec, ClassSpec, ClassPay?>(c => c, site.PayOf, ReferenceEqualityComparer.Instance);
        var paid = pays is not null && pays.Values.Any(p => p is not null);
        if (paid) columns.AddRange(PayColumns);
        columns.AddRange(declared.Select(d => new CatalogueColumn(d.Label, d.Type switch
        {
            FieldType.Number => CatalogueCellType.Number,
            FieldType.Date => CatalogueCellType.Date,
            _ => CatalogueCellType.Text,
        })));

        var rows = new List<IReadOnlyList<string>>();
        foreach (var spec in site.Classes)
        {
            var url = baseUrl is null ? SiteUrls.Clean(SiteUrls.Class(spec)) : SiteUrls.Absolute(baseUrl, SiteUrls.Class(spec));
            var row = new List<string>(columns.Count)
            {
                spec.Code ?? "", spec.Title, site.LadderOf(spec).Spec.Title, spec.Level.ToString(CultureInfo.InvariantCulture),
                spec.Grade ?? "", FactFormat.Flsa(spec.Flsa) ?? "", url,
            };
            if (tracks) row.Add(site.LadderOf(spec).TrackOf(spec) ?? "");
            if (several) row.Add(site.OrganisationOf(spec) ?? "");
            if (onetSoc) row.Add(spec.OnetSoc ?? "");
            if (isco) row.Add(spec.Isco ?? "");
            if (statuses)
            {
                var ladder = site.LadderOf(spec);
                row.AddRange([ladder.StatusOf(spec).Name(), ladder.AbolishedOn(spec) is { } on ? FactFormat.IsoDate(on) : ""]);
            }
            if (paid)
            {
                if (pays![spec] is { } pay)
                    row.AddRange([pay.Grade.Min.ToString(CultureInfo.InvariantCulture), pay.Grade.Max.ToString(CultureInfo.InvariantCulture), pay.Scale.Currency, PayFormat.Name(pay.Scale.Period)]);
                else
                    row.AddRange(["", "", "", ""]);
            }

            var fields = site.FieldsOf(spec);
            foreach (var d in declared) row.Add(fields.FirstOrDefault(f => f.Key == d.Key)?.Text ?? "");
            rows.Add(row);
        }

        return new CatalogueTable(columns, rows);
    }
}
