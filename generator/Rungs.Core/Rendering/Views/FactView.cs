namespace Rungs.Rendering.Views;

/// <summary>One labelled fact of a spec (Grade: 15), optionally linked; `Id` lets templates and tests find it.</summary>
public sealed record FactView(string Id, string Label, string Value, string? Url = null, string? DateTime = null)
{
    /// <summary>The fact of a field the site declares: id `field-&lt;key&gt;`, a date read as people read it.</summary>
    public static FactView Of(Content.ClassField field) =>
        field.Declaration.Type == Content.FieldType.Date && Content.FieldValue.TryDate(field.Text, out var date)
            ? new FactView(IdOf(field), field.Label, Content.FactFormat.Date(date), DateTime: field.Text)
            : new FactView(IdOf(field), field.Label, field.Text);

    private static string IdOf(Content.ClassField field) => "field-" + field.Key.Replace('_', '-');
}
