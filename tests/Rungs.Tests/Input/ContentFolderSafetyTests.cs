using System.Diagnostics;
using System.Net.Sockets;
using Rungs.Input;
using Rungs.Tests.Support;

namespace Rungs.Tests.Input;

/// <summary>
/// Content comes from pull requests, and git commits symbolic links: whatever a content or themes folder holds, `rungs
/// check` and `rungs build` finish (each run has a 60 s hang guard) and read nothing from outside the site. Links that
/// stay inside are read once; links that leave, dangle or loop, and FIFOs, sockets and devices, are errors naming the file.
/// </summary>
public sealed class ContentFolderSafetyTests
{
    private static (TempDirectory Dir, string Content) Site()
    {
        var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        return (dir, dir.Combine("content"));
    }

    private static CliRun Check(TempDirectory dir) => RungsCli.Exec(dir.Path, null, "check", "--history-commits", "0");

    [Fact]
    public void Two_links_to_their_own_folder_are_not_followed_round_and_the_check_passes()
    {
        var (dir, content) = Site();
        using var _ = dir;
        Directory.CreateSymbolicLink(Path.Combine(content, "ksas", "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(content, "ksas", "b"), ".");

        var run = Check(dir);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Checked 7 files: no errors.", run.Stdout);
    }

    [Fact]
    public void A_link_to_a_spec_outside_the_content_folder_is_an_error_naming_the_link_and_nothing_is_published()
    {
        var (dir, content) = Site();
        using var _ = dir;
        dir.WriteText("secret/leak.md", "---\ntitle: Secret of the build machine\n---\n");
        File.CreateSymbolicLink(Path.Combine(content, "ksas", "leak.md"), dir.Combine("secret", "leak.md"));

        var run = RungsCli.Exec(dir.Path, null, "build", "--history-commits", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"content/ksas/leak.md(1,1): error RUNGS026: the symbolic link leads outside the content folder, to `{dir.Combine("secret", "leak.md")}`; it is not read", run.Stderr);
        Assert.False(Directory.Exists(dir.Combine("output")));
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_content_folder_is_an_error_and_its_files_are_not_read()
    {
        var (dir, content) = Site();
        using var _ = dir;
        dir.WriteText("elsewhere/x.md", "---\ntitle: X\n---\n");
        Directory.CreateSymbolicLink(Path.Combine(content, "ksas", "more"), "../../elsewhere");

        var run = Check(dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/ksas/more(1,1): error RUNGS026: the symbolic link leads outside the content folder, to `../../elsewhere`; it is not read", run.Stderr);
        Assert.DoesNotContain("x.md", run.Stderr);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/stdin")]
    public void A_link_to_a_device_is_refused_as_leading_outside(string device)
    {
        var (dir, content) = Site();
        using var _ = dir;
        File.CreateSymbolicLink(Path.Combine(content, "ksas", "device.md"), device);

        var run = Check(dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"content/ksas/device.md(1,1): error RUNGS026: the symbolic link leads outside the content folder, to `{device}`", run.Stderr);
    }

    [Fact]
    public void A_dangling_link_and_a_loop_of_links_are_clear_errors()
    {
        var (dir, content) = Site();
        using var _ = dir;
        File.CreateSymbolicLink(Path.Combine(content, "ksas", "gone.md"), "renamed.md");
        File.CreateSymbolicLink(Path.Combine(content, "ksas", "ping.md"), "pong.md");
        File.CreateSymbolicLink(Path.Combine(content, "ksas", "pong.md"), "ping.md");

        var run = Check(dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/ksas/gone.md(1,1): error RUNGS026: the symbolic link leads to `renamed.md`, which does not exist", run.Stderr);
        Assert.Contains("content/ksas/ping.md(1,1): error RUNGS026: the symbolic link never resolves: it leads round in a loop (to `pong.md`)", run.Stderr);
        Assert.Contains("content/ksas/pong.md(1,1): error RUNGS026: the symbolic link never resolves: it leads round in a loop (to `ping.md`)", run.Stderr);
    }

    [Fact]
    public void A_link_to_a_spec_inside_the_content_folder_is_read_under_the_links_name()
    {
        var (dir, content) = Site();
        using var _ = dir;
        dir.WriteText("content/.drafts/typing.md", "---\ntitle: Typing\nkind: skill\n---\n");
        File.CreateSymbolicLink(Path.Combine(content, "ksas", "typing.md"), "../.drafts/typing.md");

        var run = RungsCli.Exec(dir.Path, null, "build", "--history-commits", "0");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Typing", File.ReadAllText(dir.Combine("output", "ksas", "typing", "index.html")));
    }

    [Fact]
    public void A_FIFO_in_the_content_folder_is_refused_without_being_opened()
    {
        var (dir, content) = Site();
        using var _ = dir;
        MakeFifo(Path.Combine(content, "ksas", "pipe.md"));

        var run = Check(dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/ksas/pipe.md(1,1): error RUNGS027: the file is a named pipe (FIFO), not a regular file; it is not read", run.Stderr);
    }

    [Fact]
    public void A_Unix_socket_in_the_content_folder_is_refused()
    {
        var (dir, content) = Site();
        using var _ = dir;
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(content, "ksas", "chat.md")));

        var run = Check(dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/ksas/chat.md(1,1): error RUNGS027: the file is a socket, not a regular file; it is not read", run.Stderr);
    }

    [Fact]
    public void A_theme_file_that_links_outside_the_sites_themes_folder_is_an_error()
    {
        var (dir, _) = Site();
        using var __ = dir;
        dir.WriteText("secret.html", "<p>from the build machine</p>");
        Directory.CreateDirectory(dir.Combine("themes", "default", "partials"));
        File.CreateSymbolicLink(dir.Combine("themes", "default", "partials", "facts.html"), dir.Combine("secret.html"));

        var run = Check(dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"themes/default/partials/facts.html(1,1): error RUNGS026: the symbolic link leads outside the themes folder, to `{dir.Combine("secret.html")}`", run.Stderr);
    }

    [Fact]
    public async Task The_dev_servers_folder_and_the_no_change_check_list_the_same_files_without_going_round_links()
    {
        var (dir, content) = Site();
        using var _ = dir;
        Directory.CreateSymbolicLink(Path.Combine(content, "ksas", "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(content, "ksas", "b"), "..");
        File.CreateSymbolicLink(Path.Combine(content, "ksas", "passwd.md"), "/etc/passwd");

        var work = Task.Run(() =>
        {
            var live = new LiveContentFolder(content, "content");
            live.ReadAll();
            live.Refresh(["ksas"]);
            return (live.Sources(), ContentScan.Digests(content));
        });
        // The hang guard: a listing that went round the links would never finish.
        var (sources, digests) = await work.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ContentReader.Read(content, "content").Files.Select(f => f.RelativePath), sources.Files.Select(f => f.RelativePath));
        Assert.DoesNotContain(sources.Files, f => f.RelativePath.Contains("passwd"));
        Assert.Equal(["content/ksas/passwd.md"], sources.Problems.Select(p => p.Position.Path));
        // The no-change check leaves a folder with problems to the build, which reports them.
        Assert.Null(digests);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        Assert.True(mkfifo.WaitForExit(TimeSpan.FromSeconds(30)) && mkfifo.ExitCode == 0, "mkfifo failed");
    }
}
