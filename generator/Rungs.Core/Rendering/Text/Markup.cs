namespace Rungs.Rendering.Text;

/// <summary>
/// Markup the generator makes for a page (the career map's SVG), written straight into the page's output buffer where
/// the page is made, instead of being made into a string first and then copied.
/// </summary>
/// <remarks>
/// Some of it runs to megabytes (the map of 10,000 classes is 11 million characters), and a string of it was garbage the
/// moment the page was written. Compiled templates write it straight into the page (Compiled.TemplateOutput); Scriban
/// turns it into text with <see cref="ToString"/>, as any object that is not a number, a list or a string.
/// </remarks>
public abstract class Markup
{
    /// <summary>How many characters the markup has.</summary>
    public abstract int Length { get; }

    /// <summary>Writes the markup, exactly <see cref="Length"/> characters, at the start of <paramref name="destination"/>.</summary>
    public abstract void CopyTo(Span<char> destination);

    public sealed override string ToString() => string.Create(Length, this, static (span, markup) => markup.CopyTo(span));
}
