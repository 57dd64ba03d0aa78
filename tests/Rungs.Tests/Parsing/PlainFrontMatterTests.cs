using Rungs.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rungs.Tests.Parsing;

/// <summary>
/// Plain front matter is read without YamlDotNet's scanner: whatever the shortcut reads must come out as exactly the
/// events (values, styles, positions) YamlDotNet's parser gives, and whatever it cannot vouch for it must decline.
/// </summary>
public sealed class PlainFrontMatterTests
{
    public static TheoryData<string> PlainTexts =>
    [
        "title: Aging Services  \ncode: \"C60194\"\nlevel: 2\nx: 'a b'\n",
        "example_positions:\n  - Grant Accountant\n  - Fiscal Officer\nks:\n- a\n- \"b\"   \nlast: z\n",
        "a: x\nks:\n  - a\n\nb: y\n\n",
        "a: x\nks:\n\nb: y\nc:\n",
        "\n\ntitle: Starts after empty lines\n",
        "d: [a, b-c,  d ]\ne: []\nf: [x]\ng: [ y,z]\nh: [ ]\n",
        "title: Director's Assistant – Level 2 (Senior) \"A\"\nsummary:    spaced   out   \n",
        "ks:\n    - deep\n    - deeper\n",
        "list: [only]   \n",
    ];

    [Theory]
    [MemberData(nameof(PlainTexts))]
    public void Plain_front_matter_gives_the_events_yamldotnet_gives(string yaml)
    {
        var events = PlainFrontMatter.TryRead(yaml);

        Assert.NotNull(events);
        Assert.Equal(YamlDotNetEvents(yaml), events.Select(Describe));
    }

    [Theory]
    [InlineData("title: no line end")]
    [InlineData("# a comment\ntitle: A\n")]
    [InlineData("title: A # a comment\n")]
    [InlineData("title: A\r\ncode: B\r\n")]
    [InlineData("title:\ttab\n")]
    [InlineData("title: a: b\n")]
    [InlineData("title: \"esc\\\"aped\"\n")]
    [InlineData("title: 'it''s'\n")]
    [InlineData("title: first line\n  continued\n")]
    [InlineData("nav:\n  - title: Home\n    url: /\n")]
    [InlineData("ks: [a, [b]]\n")]
    [InlineData("ks: [a, \"b\"]\n")]
    [InlineData("ks: [a,, b]\n")]
    [InlineData("ks:\n  - a\n - b\n")]
    [InlineData("a: &x y\nb: *x\n")]
    [InlineData("title: |\n  block\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("title: A\u2028B\n")]
    [InlineData("title:   \n")]
    [InlineData("key with space: a\n")]
    [InlineData("")]
    public void Anything_else_is_left_to_yamldotnet(string yaml) => Assert.Null(PlainFrontMatter.TryRead(yaml));

    [Fact]
    public void A_key_too_long_for_yamldotnet_is_left_to_it() =>
        Assert.Null(PlainFrontMatter.TryRead(new string('k', 1100) + ": value\n"));

    private static List<string> YamlDotNetEvents(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var events = new List<string>();
        while (parser.MoveNext()) events.Add(Describe(parser.Current!));
        return events;
    }

    private static string Describe(ParsingEvent e) => e switch
    {
        Scalar s => $"Scalar {s.Start}-{s.End} '{s.Value}' {s.Style} {s.IsPlainImplicit} {s.IsQuotedImplicit} {s.IsKey} {s.Tag} {s.Anchor}",
        SequenceStart s => $"SequenceStart {s.Start}-{s.End} {s.Style} {s.IsImplicit} {s.Tag} {s.Anchor}",
        MappingStart m => $"MappingStart {m.Start}-{m.End} {m.Style} {m.IsImplicit} {m.Tag} {m.Anchor}",
        DocumentStart d => $"DocumentStart {d.Start}-{d.End} {d.IsImplicit} {d.Version} {d.Tags?.Count}",
        DocumentEnd d => $"DocumentEnd {d.Start}-{d.End} {d.IsImplicit}",
        _ => $"{e.GetType().Name} {e.Start}-{e.End}",
    };
}
