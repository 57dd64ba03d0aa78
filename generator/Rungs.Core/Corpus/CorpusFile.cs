namespace Rungs.Corpus;

/// <summary>One file of a generated corpus: its path relative to the content folder (forward slashes) and its text (LF line ends).</summary>
public sealed record CorpusFile(string Path, string Text);
