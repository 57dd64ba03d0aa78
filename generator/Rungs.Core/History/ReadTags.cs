using System.Globalization;
using System.Text;
using Rungs.Git;
using Rungs.Review;

namespace Rungs.History;

/// <summary>
/// Reads the repository's tags for releases: one `git for-each-ref refs/tags` call, made only once <see cref="ReadHistory"/>
/// has found a work tree (so a site outside git costs no git call of its own). The content at a tag is read later, only for
/// the tags site.yml's `releases:` patterns pick, with `git archive` as `rungs diff` reads a revision.
/// </summary>
public static class ReadTags
{
    // Fields NUL-separated, each tag opened by U+0001. `*` fields are the peeled commit of an annotated tag.
    private const string Format =
        "%01%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00"
        + "%(taggerdate:iso-strict)%00%(committerdate:iso-strict)%00%(contents:subject)%00%(contents:body)";

    /// <param name="git">git, run in the content folder.</param>
    /// <param name="topLevel">The work tree's top folder (`rev-parse --show-toplevel`).</param>
    /// <param name="contentPath">The content folder inside the repository (`rev-parse --show-prefix`), '/'-separated.</param>
    public static TagLog Read(GitProcess git, string topLevel, string contentPath, bool shallow)
    {
        var top = new GitProcess(topLevel);
        var path = contentPath.TrimEnd('/');
        var listed = git.Run(["for-each-ref", "--format=" + Format, "refs/tags"]);
        var tags = listed.Succeeded ? Parse(listed.Text) : [];
        return new TagLog(true, shallow, tags, commit => RevisionContent.ReadCommit(top, path, commit));
    }

    /// <summary>Tags that name a commit (directly, or through one annotated tag); tags of trees and blobs are left out.</summary>
    internal static IReadOnlyList<GitTag> Parse(string output)
    {
        var tags = new List<GitTag>();
        foreach (var record in output.Split('\u0001', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = record.Split('\0');
            if (f.Length < 9) continue;
            var annotated = f[1] == "tag";
            var commit = annotated ? (f[3] == "commit" ? f[4] : null) : (f[1] == "commit" ? f[2] : null);
            var date = annotated ? f[5] : f[6];
            if (commit is null || !DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)) continue;
            string? message = null;
            if (annotated)
            {
                var subject = f[7].Trim();
                var body = f[8].Trim();
                // A tag message may hold anything (a form feed pasted from a PDF, ESC): pages and the feed get text.
                message = Content.ForbiddenCharacters.Replace(body.Length == 0 ? subject : subject + "\n\n" + body);
                if (message.Length == 0) message = null;
            }

            tags.Add(new GitTag(f[0], f[2], commit, when, message));
        }

        return tags;
    }

    /// <summary>What the tags add to the build's fingerprint: each name and the object it names, in name order.</summary>
    public static string Fingerprint(TagLog log)
    {
        var text = new StringBuilder(log.InRepository ? (log.Shallow ? "shallow" : "tags") : "none");
        foreach (var tag in log.Tags.OrderBy(t => t.Name, StringComparer.Ordinal)) text.Append('\n').Append(tag.Name).Append(' ').Append(tag.ObjectId);
        return text.ToString();
    }
}
