namespace PolicyBuild.Review;

/// <summary>What to review and what to do with it.</summary>
/// <param name="Document">The reviewed .docx (a clean, marked or pack document this tool built).</param>
/// <param name="Policy">The policy folder it was built from.</param>
/// <param name="Accept">Write the accepted text into the fragments, and the comments into <paramref name="CommentsFile"/>.</param>
/// <param name="CommentsFile">Where the comments go with <paramref name="Accept"/>.</param>
/// <param name="OwnRevisions">The author and date the build gives its own tracked changes (a marked document's redline): those are not the reviewer's.</param>
public sealed record ReviewOptions(string Document, string Policy, bool Accept, string CommentsFile, (string Author, DateTime Date)? OwnRevisions = null);
