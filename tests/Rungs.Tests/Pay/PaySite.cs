using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>The minimal test site paid on a pay scale: cs-assistant is grade 13, cs-representative grade 15.</summary>
internal static class PaySite
{
    public const string Classified = """
        title: Classified pay plan 2026
        effective: 2026-07-01
        currency: USD
        period: year
        grades:
          - { grade: "13", min: 36200, max: 51400 }
          - { grade: "15", min: 41300, max: 58900, steps: [41300, 45000, 50000, 58900] }
        """;

    /// <summary>The minimal site with `pay_scale: classified` in site.yml and <paramref name="scale"/> as pay/classified.yml.</summary>
    public static TestSite With(string scale = Classified) =>
        TestSite.Minimal()
            .With("site.yml", "title: Test Specs\norganisation: Test University\npay_scale: classified\n")
            .With("pay/classified.yml", scale);
}
