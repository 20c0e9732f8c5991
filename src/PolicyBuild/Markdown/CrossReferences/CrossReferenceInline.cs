using Markdig.Syntax.Inlines;

namespace PolicyBuild.Markdown.CrossReferences;

/// <summary>
/// A link to a clause or section by id, written <c>[](#id)</c> (rendered as "clause 5.12")
/// or <c>[text](#id)</c> (keeps its text). Its children are the author's link text, if any.
/// </summary>
public sealed class CrossReferenceInline : ContainerInline
{
    public required string TargetId { get; init; }

    /// <summary>True when the author wrote no text, so the target's number is shown.</summary>
    public bool ShowsNumber => FirstChild is null;
}
