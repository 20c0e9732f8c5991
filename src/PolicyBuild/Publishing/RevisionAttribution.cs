using System.Globalization;
using PolicyBuild.Authoring;
using PolicyBuild.Model;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Publishing;

/// <summary>
/// Who the tracked changes are attributed to and when: <c>--author</c>/<c>--date</c>, else
/// policy.yml's <c>revisions</c>, else the draft's last commit, else the policy owner on the meeting
/// date. Never the clock: the same input must give the same file.
/// </summary>
public static class RevisionAttribution
{
    public static RevisionContext For(Policy draft, string policyDirectory, BuildOptions options) =>
        For(draft, options, NeedsCommit(options) ? LastCommit(policyDirectory) : null);

    /// <summary>Whether the draft's last commit may be needed (asked of git before the draft is loaded, on another core).</summary>
    public static bool NeedsCommit(BuildOptions options) => options.Author is null || options.Date is null;

    /// <param name="draft">The policy as loaded: its policy.yml <c>revisions</c>, else its owner and adoption date.</param>
    /// <param name="options"><c>--author</c> and <c>--date</c>, which come first.</param>
    /// <param name="fromCommit">The draft's last commit (<see cref="LastCommit"/>), when <see cref="NeedsCommit"/>.</param>
    public static RevisionContext For(Policy draft, BuildOptions options, (string Author, DateTimeOffset Date)? fromCommit)
    {
        var author = options.Author ?? draft.Metadata.Revisions?.Author ?? fromCommit?.Author ?? draft.Metadata.Owner.Role;
        var date = options.Date ?? draft.Metadata.Revisions?.Date ?? fromCommit?.Date
            ?? new DateTimeOffset(draft.Metadata.Adoption.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new RevisionContext(author, DateTime.SpecifyKind(date.UtcDateTime, DateTimeKind.Utc));
    }

    /// <summary>The author and date of the last commit touching the policy folder; null outside git or when none did.</summary>
    public static (string Author, DateTimeOffset Date)? LastCommit(string policyDirectory)
    {
        var log = Git.RunText(policyDirectory, "log -1 --format=%an%n%aI -- .");
        if (string.IsNullOrEmpty(log))
        {
            return null;
        }

        var lines = log.Split('\n');
        return lines.Length == 2 && DateTimeOffset.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (lines[0], date)
            : null;
    }
}
