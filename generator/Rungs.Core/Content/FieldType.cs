namespace Rungs.Content;

/// <summary>The type of a field a site declares in `site.yml` `fields:`; it decides how a value is checked, compared and exported.</summary>
public enum FieldType
{
    /// <summary>An identifier kept exactly as written, leading zeros included (`001368`); text in every export.</summary>
    Code,

    /// <summary>One line of text.</summary>
    Text,

    /// <summary>A number, kept as written (`40`, `37.5`); a number cell in the XLSX catalogue.</summary>
    Number,

    /// <summary>A date written `YYYY-MM-DD`; a date cell in the XLSX catalogue.</summary>
    Date,

    /// <summary>A list of texts, shown joined by commas.</summary>
    List,
}
