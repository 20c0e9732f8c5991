namespace PolicyBuild.Rendering.Docx;

/// <summary>Character styles the writer applies; the reference document defines them.</summary>
internal static class CharacterStyleIds
{
    public const string Number = "ClauseNumber";
    public const string Hyperlink = "Hyperlink";
    public const string FootnoteReference = "FootnoteReference";
    public const string Code = "VerbatimChar";
    public const string CommentReference = "CommentReference";
}
