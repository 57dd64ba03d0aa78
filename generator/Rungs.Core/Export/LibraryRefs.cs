using System.Collections.Concurrent;
using Rungs.Content;

namespace Rungs.Export;

/// <summary>One <see cref="LibraryRef"/> per KSA and competency of a site, made on first use and shared by the data records of every class that links it.</summary>
/// <remarks>
/// A site has a few dozen KSAs and competencies, each linked from thousands of classes: one record per link was 23 MB of
/// records and URL strings at 10,000 classes. Owned by the site's renderer and passed to <see cref="ClassDataFiles"/>
/// (a rebuild links a new site and makes a new renderer, so nothing stale is kept); safe from several threads.
/// </remarks>
public sealed class LibraryRefs
{
    // By reference: an item is one object for the life of its site, and record equality would hash every field.
    private readonly ConcurrentDictionary<Ksa, LibraryRef> _ksas = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Competency, LibraryRef> _competencies = new(ReferenceEqualityComparer.Instance);

    /// <summary>The record of a KSA of the site.</summary>
    public LibraryRef Of(Ksa k) => _ksas.GetOrAdd(k, static k => LibraryRef.Of(k));

    /// <summary>The record of a competency of the site.</summary>
    public LibraryRef Of(Competency c) => _competencies.GetOrAdd(c, static c => LibraryRef.Of(c));
}
