using PolicyBuild.Authoring;
using PolicyBuild.Model;

namespace PolicyBuild.Markdown.Lint;

/// <summary>One fragment file of a loaded policy as the checks read it: its file, its front matter and what it became.</summary>
/// <param name="Path">Relative to the policy folder, with '/'.</param>
/// <param name="Name">The file or folder name: prefix and slug.</param>
/// <param name="Fragment">Its front matter and body as the loader read them.</param>
/// <param name="Section">The section the file belongs to.</param>
/// <param name="Clause">The clause the file holds; null for a <c>_section.md</c>.</param>
public sealed record LintSource(string Path, FragmentName Name, Fragment Fragment, Section Section, Clause? Clause)
{
    public bool IsSection => Clause is null;

    /// <summary>The lines of the body (after any front matter); line i is file line <c>Fragment.BodyLine + i</c>.</summary>
    public string[] BodyLines => Fragment.Body.Split('\n');
}
