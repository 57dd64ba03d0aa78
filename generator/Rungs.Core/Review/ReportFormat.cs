namespace Rungs.Review;

/// <summary>The formats `rungs diff --format` writes.</summary>
public enum ReportFormat
{
    Markdown,
    Json,
    Html,
}

/// <summary>Writes a <see cref="DiffReport"/> in one of the <see cref="ReportFormat"/>s.</summary>
public static class ReportWriter
{
    /// <summary>The names `--format` accepts, in the order help lists them.</summary>
    public static readonly IReadOnlyList<string> Names = ["markdown", "json", "html"];

    public static ReportFormat Parse(string name) => name switch
    {
        "markdown" => ReportFormat.Markdown,
        "json" => ReportFormat.Json,
        "html" => ReportFormat.Html,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown report format"),
    };

    public static string Write(DiffReport report, ReportFormat format) => format switch
    {
        ReportFormat.Json => JsonReport.Write(report),
        ReportFormat.Html => HtmlReport.Write(report),
        _ => MarkdownReport.Write(report),
    };
}
