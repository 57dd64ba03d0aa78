using Rungs.Output;
using Rungs.Tests.Support;

namespace Rungs.Tests.Output;

/// <summary>
/// A previous output that cannot be removed completely never makes a build fail after the new site is in place: either
/// nothing is swapped and the error says why, or the new site is in place, the exit is 0, and a warning says what is left.
/// The condition is real for root too: an immutable file (`chattr +i`), which no permission check bypasses.
/// </summary>
public sealed class UndeletableOutputTests
{
    // Graded like the rest of its series, so no lint warns under --warnings-as-errors.
    private const string Specialist = "---\ntitle: CS Specialist\nlevel: 3\ngrade: \"17\"\nflsa: exempt\n---\n";

    [Fact]
    public void An_undeletable_file_in_the_old_output_leaves_the_new_site_in_place_with_exit_0_and_a_warning()
    {
        using var folder = new BuildFolder(TestSite.Minimal());
        Assert.Equal(0, folder.Build().ExitCode);
        folder.Save("series/cs/cs-specialist.md", Specialist);

        CliRun run;
        string leftover;
        using (var immutable = new ImmutableFile(Path.Combine(folder.Output, "assets", "site.css")))
        {
            run = folder.Build("--warnings-as-errors");

            Assert.Equal(0, run.ExitCode);
            Assert.Matches(@"output\(1,1\): warning RUNGS036: the new site is in place, but the previous one could not be removed completely: .*site\.css", run.Stderr);
            Assert.True(File.Exists(Path.Combine(folder.Output, "series", "cs", "cs-specialist", "index.html")), "the new site is in place");
            leftover = Assert.Single(folder.SwapFolders());
            immutable.Path = Path.Combine(folder.Dir.Path, leftover, "assets", "site.css");
            Assert.True(File.Exists(immutable.Path), "the undeletable file is what is left");
        }

        // Once the file can be deleted, the next build (up to date) removes the leftover.
        var next = folder.Build();
        Assert.Equal(0, next.ExitCode);
        Assert.DoesNotContain("RUNGS036", next.Stderr);
        Assert.Empty(folder.SwapFolders());
    }

    [Fact]
    public void An_output_folder_that_cannot_be_moved_is_not_swapped_and_the_error_says_why()
    {
        using var folder = new BuildFolder(TestSite.Minimal());
        Assert.Equal(0, folder.Build().ExitCode);
        var before = FolderSnapshot.Take(folder.Output);
        folder.Save("series/cs/cs-specialist.md", Specialist);

        using (new ImmutableFile(folder.Output))
        {
            var run = folder.Build();

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("output(1,1): error RUNGS037: could not put the new site in place of the output folder:", run.Stderr);
            Assert.Contains("the previous output is unchanged", run.Stderr);
            Assert.DoesNotContain("Exception", run.Stderr);
            FolderSnapshot.AssertSame(before, FolderSnapshot.Take(folder.Output));
            Assert.Empty(folder.SwapFolders());
            Assert.True(File.Exists(Path.Combine(folder.Output, SiteWriter.MarkerFile)));
        }
    }
}
