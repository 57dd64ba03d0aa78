namespace Rungs.Content;

/// <summary>
/// Tells the theme compiler that a template's `{{ x.member }}` may write the text of another member of the same object,
/// <paramref name="member"/>, which holds the same text without making a string of it (a section's HTML kept compact).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WrittenFromAttribute(string member) : Attribute
{
    /// <summary>The member whose text is written instead.</summary>
    public string Member { get; } = member;
}
