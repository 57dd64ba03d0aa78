using System.Text;
using System.Xml;
using System.Xml.Linq;
using Rungs.History;
using Rungs.Tests.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.Hardening;

/// <summary>
/// Control characters (a form feed from a PDF conversion, ESC, NUL…), lone surrogates and noncharacters, wherever they
/// are written — titles, any field, Markdown bodies (raw or as `&amp;#12;`), git commit messages — never crash the build:
/// content shows them as a space (or U+FFFD) with a RUNGS030 warning, every page, feed and sitemap stays valid, and the
/// terminal never receives a raw ESC or line break from a value.
/// </summary>
public class ControlCharacterTests
{
    private const string Hint = "delete it: form feeds and other control characters usually come from converting a PDF or word-processor document";

    /// <summary>What no HTML page, XML file or text file of the site may hold (tab and line feed are text).</summary>
    private static List<string> NonText(IEnumerable<(string Path, byte[] Bytes)> files) =>
        files.Where(f => Path.GetExtension(f.Path) is ".html" or ".xml" or ".txt" or ".csv")
            .SelectMany(f => Encoding.UTF8.GetString(f.Bytes)
                .Select((c, i) => (c, i))
                .Where(x => x.c is (< ' ' and not '\t' and not '\n' and not '\r') or (>= '\x7f' and <= '\x9f') or '\ufffe' or '\uffff')
                .Select(x => $"{f.Path}: U+{(int)x.c:X4} at {x.i}"))
            .ToList();

    private static void AssertWellFormedXml(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        while (reader.Read())
        {
        }
    }

    [Fact]
    public void A_commit_message_with_a_form_feed_ESC_and_other_controls_builds_and_the_feed_is_well_formed()
    {
        using var repo = new GitRepo();
        repo.Commit(TestSite.Minimal(), "2024-01-10T09:00:00Z", "Import the specs\fpage two \u001b[31mred\u001b[0m \u0001end");
        var site = repo.Folder.Combine("site");

        var run = RungsCli.Exec(repo.Folder.Path, GitRepo.Isolated(repo.Folder.Path),
            "build", "--content", repo.Content, "--output", site, "--base-url", "https://hr.example.edu/");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var feedXml = File.ReadAllText(Path.Combine(site, "recent-changes", "feed.xml"));
        AssertWellFormedXml(feedXml);
        XNamespace atom = AtomFeed.Namespace;
        var titles = XDocument.Parse(feedXml).Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.Equal(["Import the specs page two  [31mred [0m  end"], titles);
        Assert.Contains("Import the specs page two [31mred [0m end", Html.TextOf(File.ReadAllText(Path.Combine(site, "recent-changes", "index.html"))));
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(p => (Path.GetRelativePath(site, p), File.ReadAllBytes(p)));
        Assert.Empty(NonText(files));
    }

    private static TestSite SiteWithControlCharacters() => TestSite.Minimal()
        // YAML escapes: the characters exist only once the value is read.
        .With("series/cs/cs-assistant.md", """
            ---
            title: "CS\fAssistant\e[31m\0"
            code: "4807"
            level: 1
            level_label: Level I
            grade: "13"
            flsa: non-exempt
            ksas: [grammar]
            competencies: [communication]
            ---

            ## Duties

            - answers routine inquiries from clients
            """)
        // Raw characters in the file, and character references Markdown turns into them.
        .With("ksas/grammar.md", "---\ntitle: Grammar\vRules\nkind: knowledge\nsummary: Rules\u007f of composition.\n---\n\n"
                                 + "## Definition\n\nPage one.\n\f\nPage two, \u001b[1mbold\u001b[0m, an entity &#12; and &#27; and &#xFFFE;.\n");

    [Fact]
    public void Control_characters_in_titles_fields_and_bodies_are_warned_about_and_shown_as_spaces()
    {
        var result = SiteWithControlCharacters().Build();

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS030", "content/ksas/grammar.md", 2, 15, "control character U+000B is not text; it is shown as a space, as are 4 more characters in this file", Hint),
            Expect.Warning("RUNGS030", "content/series/cs/cs-assistant.md", 2, 8, "control character U+000C is not text; it is shown as a space, as are 2 more characters in this value", Hint));
        var site = new BuiltSite(result);
        Assert.Contains("<title>CS Assistant [31m · Test Specs</title>", site.Page("series/cs/cs-assistant/index.html"));
        var grammar = site.Text("ksas/grammar/index.html");
        Assert.Contains("Grammar Rules", grammar);
        Assert.Contains("Page two, [1mbold [0m, an entity and and \ufffd.", grammar);
    }

    [Fact]
    public void No_page_feed_or_sitemap_holds_a_character_that_HTML_or_XML_forbids()
    {
        var result = SiteWithControlCharacters().Build(baseUrl: "https://hr.example.edu/");

        Assert.False(result.HasErrors);
        Assert.Empty(NonText(result.Files.Select(f => (f.Path, f.Bytes))));
        foreach (var xml in result.Files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal)))
            AssertWellFormedXml(Encoding.UTF8.GetString(xml.Bytes));
    }

    [Fact]
    public void The_feed_writer_drops_what_XML_forbids_whatever_it_is_given()
    {
        var entry = new FeedEntry("abc123", DateTimeOffset.UnixEpoch, "A\fB\u001bC\0D\ud800E\uffffF", "sum\u0001mary", "index.html");
        var feed = new FeedInfo("Site\u000b", "Org\u001b", "en", null, "recent-changes/feed.xml", "recent-changes/index.html", [entry]);

        var xml = Encoding.UTF8.GetString(AtomFeed.Write(feed));

        AssertWellFormedXml(xml);
        Assert.Contains("<title>A B C D\ufffdE\ufffdF</title>", xml);
        Assert.Contains("<summary>sum mary</summary>", xml);
    }

    /// <summary>A content folder whose one bad file name holds ESC and a line break that would start a forged annotation.</summary>
    private static TempDirectory FolderWithForgingFileName()
    {
        var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        dir.WriteText("content/ksas/x\u001b[31m\n::error file=forged.md::forged.md", "---\ntitle: Forged\nkind: skill\n---\n");
        return dir;
    }

    [Fact]
    public void Human_diagnostics_show_ESC_and_line_breaks_from_a_value_as_escapes()
    {
        using var dir = FolderWithForgingFileName();

        var run = RungsCli.Exec(dir.Path, GitRepo.Isolated(dir.Path), "check", "--content", "content");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stderr + run.Stdout);
        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.StartsWith("content/ksas/x\\e[31m\\n::error file=forged.md::forged.md(1,1): error RUNGS010: the file name \"x\\e[31m\\n::error file=forged.md::forged.md\" is not a valid slug", lines[0]);
        Assert.All(lines, l => Assert.Matches(@"^(content/|    hint: |Failed )", l));
    }

    [Fact]
    public void GitHub_annotations_show_ESC_and_line_breaks_from_a_value_as_escapes_and_cannot_be_forged()
    {
        using var dir = FolderWithForgingFileName();

        var run = RungsCli.Exec(dir.Path, GitRepo.Isolated(dir.Path), "check", "--content", "content", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(["::notice", "::error"], lines.Select(l => l[..l.IndexOf(' ')]));
        Assert.StartsWith("::error file=content/ksas/x\\e[31m\\n%3A%3Aerror file=forged.md%3A%3Aforged.md,line=1,col=1,title=RUNGS010::", lines[1]);
    }

    [Theory]
    [InlineData("plain text, tabs\tand all", "plain text, tabs\\tand all")]
    [InlineData("\u001b[31mred", "\\e[31mred")]
    [InlineData("one\ntwo\r\n", "one\\ntwo\\r\\n")]
    [InlineData("nul\0 ff\f del\u007f nel\u0085", "nul\\0 ff\\x0c del\\x7f nel\\u0085")]
    [InlineData("line\u2028sep \u202eevil", "line\\u2028sep \\u202eevil")]
    public void Terminal_text_escapes_every_character_that_could_move_the_cursor_or_change_colours(string value, string shown)
    {
        Assert.Equal(shown, Rungs.Diagnostics.TerminalText.Escape(value));
    }
}
