namespace Rungs.Comparison;

/// <summary>A run of consecutive words with the same change, joined by single spaces, punctuation still attached to its words.</summary>
/// <remarks>Same segments carry the new text's spelling, so a case-only change shows the words as they read now.</remarks>
public sealed record WordSegment(WordChange Change, string Text);
