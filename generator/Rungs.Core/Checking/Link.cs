namespace Rungs.Checking;

/// <summary>
/// One distinct link of the site: the number of the path it leads to (or <see cref="OutOfSite"/>, <see cref="ThisPage"/>),
/// of its fragment (0: none), and its raw text (a <see cref="RawSpelling"/> code, or the complement of a kept text's number).
/// </summary>
internal readonly record struct Link(int Target, int Fragment, int Raw)
{
    public const int OutOfSite = -1;

    /// <summary>The target of a link to its own page (`#main`): one link for every page that has it.</summary>
    public const int ThisPage = -2;
}
