using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>A word, a run of spaces, a punctuation mark or a special run (number, tab), with its run's look.</summary>
internal readonly record struct Token(string Text, LayoutRun Run)
{
    private const char Separator = '\u0001';

    /// <summary>Equal keys mean "the same token": same text, formatting, kind and link.</summary>
    /// <remarks>A plain word is its own key (most tokens are: no string built per token); every other key holds the separator, which a plain key never does.</remarks>
    public string Key => IsPlain ? Text : $"{(int)Run.Kind}{Separator}{(int)Run.Format}{Separator}{Run.Link}{Separator}{Text}";

    /// <summary>Equal ignoring formatting (same text, kind and link): used to spot formatting-only changes.</summary>
    public bool SameIgnoringFormat(Token other) =>
        Run.Kind == other.Run.Kind && string.Equals(Run.Link ?? string.Empty, other.Run.Link ?? string.Empty, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public bool IsWhitespace => Run.Kind == RunKind.Text && string.IsNullOrWhiteSpace(Text);

    public bool IsWord => Run.Kind == RunKind.Text && Text.Any(char.IsLetterOrDigit);

    public LayoutRun ToRun(Revision? revision) => Run with { Text = Text, Revision = revision };

    private bool IsPlain => Run.Kind == RunKind.Text && Run.Format == RunFormat.None && Run.Link is null && !Text.Contains(Separator);
}
