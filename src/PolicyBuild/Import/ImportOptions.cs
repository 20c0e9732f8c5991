namespace PolicyBuild.Import;

/// <summary>What to import and where.</summary>
/// <param name="Document">The Word document (.docx).</param>
/// <param name="Target">The policy folder to write, e.g. <c>policy-src/social-media</c>; its name is the short name.</param>
/// <param name="Force">Replace <paramref name="Target"/> when it exists and is not empty.</param>
/// <param name="AcceptRevisions">Import a document with tracked changes as if every change were accepted.</param>
/// <param name="Into">Import a later version into the existing policy at <paramref name="Target"/>, keeping the ids and files of the clauses it matches.</param>
public sealed record ImportOptions(string Document, string Target, bool Force = false, bool AcceptRevisions = false, bool Into = false);
