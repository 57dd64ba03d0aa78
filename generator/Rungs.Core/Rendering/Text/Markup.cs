namespace Rungs.Rendering.Text;

/// <summary>
/// Markup the generator makes for a page (a class table's rows, a comparison's words), written straight into the page's
/// output buffer where the page is made, instead of being made into a string first and then copied.
/// </summary>
/// <remarks>
/// Some of it runs to megabytes (a KSA's table of a thousand classes), and a string of it was garbage the moment the
/// page was written. Templates see it as text: `{{ x }}` writes it (<see cref="ThemeTemplateContext"/>), and any other
/// use (a filter, a comparison) gets <see cref="ToString"/>.
/// </remarks>
public abstract class Markup
{
    /// <summary>How many characters the markup has.</summary>
    public abstract int Length { get; }

    /// <summary>Writes the markup, exactly <see cref="Length"/> characters, at the start of <paramref name="destination"/>.</summary>
    public abstract void CopyTo(Span<char> destination);

    public sealed override string ToString() => string.Create(Length, this, static (span, markup) => markup.CopyTo(span));
}
