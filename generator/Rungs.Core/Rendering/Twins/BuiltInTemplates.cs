namespace Rungs.Rendering.Twins;

/// <summary>
/// The SHA-256 of each default-theme template that a twin writes, as the twin was written for it: a twin stands in for a
/// theme's file only when the file hashes to this. After changing one of these templates, change its twins to match
/// and put the new hash here (TemplateTwinTests names both).
/// </summary>
internal static class BuiltInTemplates
{
    public static readonly IReadOnlyDictionary<string, string> Sha256 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["layouts/base.html"] = "1900F6C02EB98AC913ACFCF7DE7C5A3FA935AA7FAB7AA085CC9136BE31898562",
        ["layouts/class.html"] = "DC5ED22176E59CB3871796B0397D73BF431328C576A2F4F5392AE947D983A8C8",
        ["layouts/level-step.html"] = "56604FAF37ECFF0C473897284598AABA7291F310FD9BA1A1A6AA11A150B15DC4",
        ["layouts/series-compare.html"] = "71C92A539E727AD5C705EC51250699130FBA6554715CF212F4A05AA79450827D",
        ["layouts/series.html"] = "2FDD7033CB85EB491499D3A2FAFF4C0691FC03217B13422819238ED0EBA8AC0F",
        ["partials/class-links.html"] = "D1857A41C3EEB223095FD8CB490ACE5F556C640477439D28373C02986BA44713",
        ["partials/diff.html"] = "CAC073D08E1475C35043602EA78A94E1BFC4F80565DD475C0AEC14B27DC0E34C",
        ["partials/facts.html"] = "8D3B59BDE1CB1888BC90D23E20F0E6D8B828A84B095AC3E2091A1A07699CA434",
        ["partials/ladder.html"] = "75ECCBAED0ECC4D929D02B458579C1B47691F413B2B5125942AED424193E9D87",
        ["partials/level-header.html"] = "A5CAB8F92767938EF46AA2566973C7F5B9235E358BC8428FE7BE029A10E67B0A",
        ["partials/library-list.html"] = "2122EAA7B0080D8836263D9D8E7C1107F484957B2C20775BF9E827B14B1CA833",
        ["partials/link-list.html"] = "7877DCF1F640E2AC1CE0177EC8984D1C5AEF4C821FF8F5A5A5EB64E91DE495AF",
        ["partials/sections.html"] = "55BC417280DCA2727D8BFED020ED375B2A7A1504A64D7F74223691D2F4D105BA",
    };
}
