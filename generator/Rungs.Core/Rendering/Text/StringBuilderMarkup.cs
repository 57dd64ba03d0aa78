using System.Text;

namespace Rungs.Rendering.Text;

/// <summary>Markup made in a builder, copied from the builder's chunks straight into the page.</summary>
internal sealed class StringBuilderMarkup(StringBuilder builder) : Markup
{
    public override int Length => builder.Length;

    public override void CopyTo(Span<char> destination) => builder.CopyTo(0, destination, builder.Length);
}
