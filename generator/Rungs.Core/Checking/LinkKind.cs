namespace Rungs.Checking;

/// <summary>What a link is to the check: not the site's to follow, leading out of the site (too many `..`), into it, or to its own page (`#main`).</summary>
internal enum LinkKind { External, Outside, Inside, ThisPage }
