namespace PolicyBuild.Import;

/// <summary>How a clause (or section) of the document was matched to one of the existing policy.</summary>
/// <param name="Existing">The existing clause it continues; null when it is new.</param>
/// <param name="Similarity">How alike the texts are, 0 to 1.</param>
/// <param name="Unsure">True when the match is a judgement a person should check: texts far apart, or another candidate nearly as good.</param>
/// <param name="ByBookmark">True when our own <c>c_&lt;id&gt;</c> bookmark named it.</param>
internal sealed record ClauseMatch(FolderClause? Existing, double Similarity, bool Unsure, bool ByBookmark = false);
