namespace PolicyBuild.Layout;

/// <summary>
/// The number (and bookmark) that the first paragraph of a clause or section takes.
/// Used once: later paragraphs of the unit are continuations.
/// </summary>
internal sealed class LeadIn(string number, RunKind kind, string bookmark)
{
    public bool Used { get; private set; }

    public string Bookmark => bookmark;

    public IEnumerable<LayoutRun> Take()
    {
        Used = true;
        return [new LayoutRun(number, Kind: kind), LayoutRun.Tab()];
    }
}
