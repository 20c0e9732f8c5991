using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>A word, a run of spaces, a punctuation mark or a special run (number, tab), with its run's look.</summary>
internal readonly record struct Token(string Text, LayoutRun Run)
{
    /// <summary>Equal keys mean "the same token": same text, formatting, kind and link.</summary>
    public string Key => $"{(int)Run.Kind}\u0001{(int)Run.Format}\u0001{Run.Link}\u0001{Text}";

    /// <summary>Equal ignoring formatting: used to spot formatting-only changes.</summary>
    public string TextKey => $"{(int)Run.Kind}\u0001{Run.Link}\u0001{Text}";

    public bool IsWhitespace => Run.Kind == RunKind.Text && string.IsNullOrWhiteSpace(Text);

    public bool IsWord => Run.Kind == RunKind.Text && Text.Any(char.IsLetterOrDigit);

    public LayoutRun ToRun(Revision? revision) => Run with { Text = Text, Revision = revision };
}
