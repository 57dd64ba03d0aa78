using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Ladders;

namespace Rungs.Tests.Ladders;

/// <summary>A class's summary and qualification readings: each body's own, however they are asked for.</summary>
public sealed class SectionSummaryTests
{
    private static readonly SourcePosition At = SourcePosition.StartOf("a.md");

    private static SpecBody Body(int n) => new("", [
        new SpecSection("Summary", "summary", SectionKind.Summary, $"<p>s{n}</p>", $"Summary {n}\nsecond line", [], At),
        new SpecSection("Minimum Qualifications", "mq", SectionKind.MinimumQualifications, "", "",
            [new SectionItem($"Rule {n}:", null, [new SectionItem("(a) one", null, [], At), new SectionItem("(b) two", null, [], At)], At)], At),
    ]);

    [Fact]
    public void Readings_asked_again_in_any_order_are_those_of_their_own_class()
    {
        var bodies = Enumerable.Range(0, 20).Select(Body).ToList();

        foreach (var round in new[] { bodies, Enumerable.Reverse(bodies).ToList(), bodies })
        foreach (var body in round)
        {
            var n = bodies.IndexOf(body);
            Assert.Equal($"Summary {n} second line", SectionSummary.Summary(body));
            Assert.Equal($"Rule {n}: (a) one (b) two", SectionSummary.Qualifications(body));
        }
    }

    [Fact]
    public void Equal_bodies_made_apart_are_read_apart()
    {
        var first = new SpecBody("", [new SpecSection("Summary", "summary", SectionKind.Summary, "", "One", [], At)]);
        var second = first with { Sections = [new SpecSection("Summary", "summary", SectionKind.Summary, "", "Two", [], At)] };

        Assert.Equal("One", SectionSummary.Summary(first));
        Assert.Equal("Two", SectionSummary.Summary(second));
        Assert.Null(SectionSummary.Summary(SpecBody.Empty));
    }
}
