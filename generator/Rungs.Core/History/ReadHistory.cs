using System.ComponentModel;
using System.Globalization;
using System.Text;
using Rungs.Git;
using Rungs.Input;
using Rungs.Parsing;

namespace Rungs.History;

/// <summary>
/// Reads the git history of a content folder: the I/O edge of page history, like <see cref="ContentReader"/> for the
/// content itself. Three git calls at most (`rev-parse`, `log`, one `cat-file --batch`), bounded by a number of commits,
/// and never an exception or an error: without git, outside a repository or in an empty one the site is built without
/// history and <see cref="HistoryLog.Note"/> says why.
/// </summary>
public static class ReadHistory
{
    /// <summary>How many of the newest commits that touch the content a build reads, unless told otherwise.</summary>
    public const int DefaultMaxCommits = 200;

    private const string NoHistory = "pages show no revision history";

    /// <param name="contentDirectory">The content folder (holds site.yml); it may lie anywhere inside the work tree.</param>
    /// <param name="maxCommits">The newest commits to read; 0 turns history off.</param>
    public static HistoryLog Read(string contentDirectory, int maxCommits = DefaultMaxCommits)
    {
        if (maxCommits <= 0) return HistoryLog.None($"history: turned off (--history-commits 0) — {NoHistory}");
        if (!Directory.Exists(contentDirectory)) return HistoryLog.None(null); // the build reports the missing folder
        var git = new GitProcess(contentDirectory);
        try
        {
            return Read(git, contentDirectory, maxCommits);
        }
        catch (Win32Exception)
        {
            return HistoryLog.None($"history: git is not installed — {NoHistory}");
        }
    }

    private static HistoryLog Read(GitProcess git, string contentDirectory, int maxCommits)
    {
        // One call answers: inside a work tree? shallow? where is the content inside the repository? where is the shallow list?
        // Arguments go as one array: with separate strings, C# binds the first one to Run's `input` overload.
        var where = git.Run(["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--git-path", "shallow", "--show-toplevel", "--show-prefix"]);
        var facts = where.Text.Split('\n');
        if (!where.Succeeded && !where.Error.Contains("not a git repository", StringComparison.OrdinalIgnoreCase))
            return HistoryLog.None($"history: git could not read the repository ({FirstLine(where.Error)}) — {NoHistory}");
        if (!where.Succeeded || facts.Length < 3 || facts[0].Trim() != "true")
            return HistoryLog.None($"history: not a git repository — {NoHistory}");
        var shallow = facts[1].Trim() == "true";
        var tags = facts.Length >= 5 ? ReadTags.Read(git, facts[3].Trim(), facts[4].Trim(), shallow) : TagLog.None;

        // Newest first; parents before children are never listed (--date-order), so reversing gives a walk in history order.
        // Paths are relative to the content folder (--relative with `.`), renames are followed (-M), merges carry no
        // changes of their own (--no-merges), and the settings that could change the output are given explicitly.
        var log = git.Run(["log", "-z", "--raw", "--no-abbrev", "-M", "--root", "--relative", "--no-merges", "--date-order",
            "--no-show-signature", "--encoding=UTF-8", "--format=%x01%H%x00%cI%x00%s",
            "--max-count=" + (maxCommits + 1).ToString(CultureInfo.InvariantCulture), "--", "."]);
        if (!log.Succeeded)
        {
            return log.Error.Contains("does not have any commits", StringComparison.Ordinal)
                ? HistoryLog.None($"history: the repository has no commits yet — {NoHistory}")
                : HistoryLog.None($"history: git log failed ({FirstLine(log.Error)}) — {NoHistory}") with { Tags = tags };
        }

        var boundaries = shallow ? ShallowBoundaries(contentDirectory, facts[2].Trim()) : new HashSet<string>(StringComparer.Ordinal);
        var commits = ParseLog(log.Output, boundaries);
        var truncated = commits.Count > maxCommits;
        if (truncated) commits = commits.Take(maxCommits).ToList();

        var blobs = ReadBlobs(git, commits);
        string? note = null;
        if (commits.Count == 0) note = $"history: no commit touches the content folder yet — {NoHistory}";
        else if (shallow) note = "history: shallow clone — revision history starts at the oldest commit fetched; clone with full history (e.g. `fetch-depth: 0`) to show it all";
        else if (truncated) note = $"history: read the newest {maxCommits.ToString(CultureInfo.InvariantCulture)} commits that touch the content; older revisions are not shown (--history-commits raises the limit)";
        return new HistoryLog(true, shallow, truncated, commits, blobs, note) { Tags = tags };
    }

    /// <summary>
    /// Parses `git log -z --raw --format=%x01%H%x00%cI%x00%s`: NUL-separated tokens; a token starting with U+0001 opens a
    /// commit (hash, date, subject follow); a token starting with ':' is a raw diff line (`:old-mode new-mode old-blob
    /// new-blob status`), followed by one path, or two for renames and copies.
    /// </summary>
    internal static List<HistoryCommit> ParseLog(byte[] output, IReadOnlySet<string> boundaries)
    {
        var tokens = Encoding.UTF8.GetString(output).Split('\0');
        var commits = new List<HistoryCommit>();
        string? hash = null, subject = null;
        DateTimeOffset date = default;
        List<FileChange> files = [];

        void Close()
        {
            if (hash is null) return;
            var boundary = boundaries.Contains(hash);
            commits.Add(new HistoryCommit(hash, date, subject ?? "", boundary, boundary ? [] : files));
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].TrimStart('\n');
            if (token.StartsWith('\u0001'))
            {
                Close();
                hash = token[1..];
                date = i + 1 < tokens.Length
                    ? DateTimeOffset.Parse(tokens[i + 1], CultureInfo.InvariantCulture, DateTimeStyles.None)
                    : default;
                // A commit message may hold anything (a form feed pasted from a PDF, ESC): pages and the feed get text.
                subject = i + 2 < tokens.Length ? Content.ForbiddenCharacters.Replace(tokens[i + 2]) : "";
                files = [];
                i += 2;
                continue;
            }

            if (!token.StartsWith(':') || hash is null) continue;
            var fields = token[1..].Split(' ');
            if (fields.Length < 5) continue;
            var oldBlob = Blob(fields[2]);
            var newBlob = Blob(fields[3]);
            var status = fields[4];
            var first = i + 1 < tokens.Length ? tokens[i + 1] : "";
            switch (status[0])
            {
                case 'R' or 'C':
                    var second = i + 2 < tokens.Length ? tokens[i + 2] : "";
                    files.Add(status[0] == 'R'
                        ? new FileChange(FileChangeKind.Renamed, first, second, oldBlob, newBlob)
                        : new FileChange(FileChangeKind.Copied, null, second, null, newBlob));
                    i += 2;
                    break;
                case 'A':
                    files.Add(new FileChange(FileChangeKind.Added, null, first, null, newBlob));
                    i += 1;
                    break;
                case 'D':
                    files.Add(new FileChange(FileChangeKind.Deleted, first, null, oldBlob, null));
                    i += 1;
                    break;
                default: // M, T (type change) and anything newer: a change in place
                    files.Add(new FileChange(FileChangeKind.Modified, first, first, oldBlob, newBlob));
                    i += 1;
                    break;
            }
        }

        Close();
        return commits;
    }

    /// <summary>A blob id, or null for git's all-zero "no blob".</summary>
    private static string? Blob(string id) => id.Length == 0 || id.All(c => c == '0') ? null : id;

    /// <summary>The commits whose parents a shallow clone cut off, from `$GIT_DIR/shallow`.</summary>
    private static HashSet<string> ShallowBoundaries(string contentDirectory, string shallowFile)
    {
        var path = Path.Combine(contentDirectory, shallowFile);
        if (!File.Exists(path)) return new HashSet<string>(StringComparer.Ordinal);
        return File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The text of every blob a summary needs (both versions of each changed spec file), read with one
    /// `git cat-file --batch` call. Output: `&lt;id&gt; blob &lt;size&gt;\n&lt;bytes&gt;\n` per blob, `&lt;id&gt; missing\n` for an unknown one.
    /// </summary>
    private static Dictionary<string, string?> ReadBlobs(GitProcess git, IReadOnlyList<HistoryCommit> commits)
    {
        var blobs = new Dictionary<string, string?>(StringComparer.Ordinal);
        var wanted = commits.SelectMany(c => c.Files)
            .Where(f => IsSpec(f.Path) || (f.OldPath is not null && IsSpec(f.OldPath)))
            .SelectMany(f => new[] { f.OldBlob, f.NewBlob })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0) return blobs;

        var result = git.RunWithInput(string.Concat(wanted.Select(b => b + "\n")), ["cat-file", "--batch"]);
        var output = result.Output;
        var at = 0;
        while (at < output.Length)
        {
            var end = Array.IndexOf(output, (byte)'\n', at);
            if (end < 0) break;
            var header = Encoding.ASCII.GetString(output, at, end - at).Split(' ');
            at = end + 1;
            if (header.Length < 3 || !int.TryParse(header[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                if (header.Length > 0) blobs[header[0]] = null; // `<id> missing`
                continue;
            }

            size = Math.Min(size, output.Length - at);
            blobs[header[0]] = header[1] == "blob" ? TextDecoding.TryDecode(output.AsSpan(at, size), out _) : null;
            at += size + 1; // the content, then a newline
        }

        return blobs;
    }

    /// <summary>Whether a content path is a spec whose history pages show (a series, class, competency, KSA or job model).</summary>
    internal static bool IsSpec(string path) =>
        ContentPath.Of(path).Kind is ContentKind.Series or ContentKind.Class or ContentKind.Competency or ContentKind.Ksa or ContentKind.JobModel;

    private static string FirstLine(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length == 0 ? "no message" : line;
    }
}
