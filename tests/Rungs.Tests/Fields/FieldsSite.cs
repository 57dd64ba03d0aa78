using Rungs.Tests.Support;

namespace Rungs.Tests.Fields;

/// <summary>
/// A small site that declares one field of each type, with a series default, and writes codes with leading zeros
/// unquoted (`001368`, grade `02`): the fixture of the declared-field and exact-code tests.
/// </summary>
internal static class FieldsSite
{
    public const string SiteYml = """
        title: Test Specs
        organisation: Test University
        fields:
          schematic_code: { label: Schematic code, type: code, search: true, compare: true, ladder: true }
          exam: { label: Examination, type: text, compare: true }
          hours: { label: Hours per week, type: number, ladder: true }
          adopted: { label: Adopted, type: date, compare: true }
          units: { label: Bargaining units, type: list, search: true }
        """;

    public static TestSite Create() => TestSite.Minimal()
        .With("site.yml", SiteYml)
        .With("series/cs/_series.md", """
            ---
            title: Customer Service Series
            defaults:
              hours: 40
              units: [A1]
            ---
            """)
        .With("series/cs/cs-assistant.md", """
            ---
            title: CS Assistant
            code: 001368
            level: 1
            grade: 02
            schematic_code: 000412
            exam: Written test
            adopted: 2019-07-01
            ---

            ## Duties

            - answers routine inquiries from clients
            """)
        .With("series/cs/cs-representative.md", """
            ---
            title: CS Representative
            code: "001369"
            level: 2
            grade: "03"
            schematic_code: "000413"
            exam: Oral board
            hours: 37.5
            adopted: 2020-01-15
            units: [A1, B2]
            ---

            ## Duties

            - answers routine inquiries from clients
            """)
        .Without("job-models/client-service.md");
}
