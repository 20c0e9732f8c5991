using System.Collections.Immutable;

namespace PolicyBuild.Review;

/// <summary>What a review found and, with <c>--accept</c>, changed.</summary>
/// <param name="Items">Each tracked change and comment, with the file and line it falls in (null when it is outside the policy).</param>
/// <param name="OwnChanges">How many tracked changes were the redline's own (a marked document) and not listed.</param>
/// <param name="Written">Fragment files written, relative to the policy folder.</param>
/// <param name="Removed">Fragment files removed (clauses deleted in review).</param>
/// <param name="CommentsFile">The review file written, if any.</param>
public sealed record ReviewResult(
    ImmutableArray<(ReviewItem Item, string? File, int Line)> Items,
    int OwnChanges,
    ImmutableArray<string> Written,
    ImmutableArray<string> Removed,
    string? CommentsFile);
