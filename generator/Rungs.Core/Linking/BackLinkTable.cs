namespace Rungs.Linking;

/// <summary>One reference's back-links: for each slug named, the documents that name it, in site order.</summary>
internal abstract class BackLinkTable
{
    public abstract IReadOnlyList<object> Untyped(string slug);
}

/// <summary>The back-links of a reference made by documents of type <typeparamref name="T"/>.</summary>
internal sealed class BackLinkTable<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> lists) : BackLinkTable where T : class
{
    public IReadOnlyDictionary<string, IReadOnlyList<T>> Lists => lists;

    public IReadOnlyList<T> Of(string slug) => lists.GetValueOrDefault(slug) ?? [];

    public override IReadOnlyList<object> Untyped(string slug) => Of(slug);
}
