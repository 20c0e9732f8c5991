namespace PolicyBuild.Rendering.Docx;

/// <summary>The read-only environment of rendering: who made the tracked changes, and when.</summary>
public sealed record RevisionContext(string Author, DateTime Date)
{
    /// <summary>Used for documents without revisions; never written to them.</summary>
    public static readonly RevisionContext None = new("PolicyBuild", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
}
