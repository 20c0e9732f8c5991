namespace PolicyBuild.RedlineHarness.LibreOffice;

/// <summary>How tracked changes are resolved before a document's paragraphs are read.</summary>
public enum RevisionView
{
    /// <summary>Leave tracked changes in place: inserted and deleted text both appear.</summary>
    Keep,

    /// <summary>Accept all tracked changes first (the document as it will read once approved).</summary>
    Accept,

    /// <summary>Reject all tracked changes first (the document as it read before the edits).</summary>
    Reject,
}
