namespace PolicyBuild.Import;

/// <summary>What to import and where.</summary>
/// <param name="Document">The Word document (.docx).</param>
/// <param name="Target">The policy folder to write, e.g. <c>policy-src/social-media</c>; its name is the short name.</param>
/// <param name="Force">Replace <paramref name="Target"/> when it exists and is not empty.</param>
/// <param name="AcceptRevisions">Import a document with tracked changes as if every change were accepted.</param>
/// <param name="Today">The last-resort guess for a date the document does not give (passed in: the import never reads the clock).</param>
public sealed record ImportOptions(string Document, string Target, bool Force, bool AcceptRevisions, DateOnly Today);
