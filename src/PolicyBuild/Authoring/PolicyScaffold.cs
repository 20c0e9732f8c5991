using System.Globalization;

namespace PolicyBuild.Authoring;

/// <summary>
/// The files <c>init</c> writes: a policy.yml the strict loader accepts, one section with one
/// clause, and <c>reports/README.md</c>. Dates are placeholders, never today's date, so that the
/// same command always writes the same files.
/// </summary>
public static class PolicyScaffold
{
    /// <summary>The placeholder date when <c>--date</c> is not given.</summary>
    public static readonly DateOnly PlaceholderDate = new(2000, 1, 1);

    /// <returns>Each file as (path relative to the policy folder, text), in the order they are written.</returns>
    public static IReadOnlyList<(string Path, string Text)> Files(string name, DateOnly date)
    {
        var title = TitleOf(name);
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var review = date.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            ("policy.yml", $"""
                # Written by 'policybuild init'. The dates are placeholders ({day}, from --date or 2000-01-01):
                # PolicyBuild never writes today's date, so the same command always writes the same files.
                # Set adoption.date and review.next, and the owner and committee, before the policy goes to committee.
                title: {title}
                short-name: {name}
                owner:
                  service: Service name
                  role: Job title of the policy owner
                version: "0.1"
                status: draft
                adoption:
                  committee: Name of the committee
                  date: {day}
                review:
                  cycle: every three years
                  next: {review}
                language: en-GB

                """),
            ("10-introduction/_section.md", "# Introduction\n"),
            ("10-introduction/10-purpose.md", $"""
                This policy sets out how the council … (replace this text with the purpose of the {title}).

                """),
            ("reports/README.md", ReportsReadme),
        ];
    }

    /// <summary>"officers-social-media" → "Officers Social Media Policy".</summary>
    public static string TitleOf(string name)
    {
        var words = name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]).ToList();
        return string.Join(' ', words) + (words[^1] == "Policy" ? string.Empty : " Policy");
    }

    private const string ReportsReadme = """
        # Committee reports

        Each folder here is one **report item**: a committee report that presents this policy, built
        with it into `<item>-report.docx` and `<item>-pack.docx` (the report followed by the policy,
        marked to show revisions when there is a baseline). This README is not a report item and is
        ignored by the build.

        A report item is a folder, e.g. `reports/2021-07-hr/`, holding:

        - `report.yml`: `committee`, `meeting-date` (YYYY-MM-DD), `item` (e.g. `A.1`), `title`,
          `report-of`, `prepared-by` and `template` (e.g. `committee-report/report.sbn`);
        - one Markdown file for each part the template's `parts.yml` lists (`purpose.md`,
          `executive-summary.md`, `recommendations.md`, …). A missing required part is an error
          naming the file to write, and so is a `.md` file the template does not list.

        The list of changes and the appendix list come from the policy and its baseline, not from
        the author. See "Templates and house style" in PolicyBuild's README.

        """;
}
