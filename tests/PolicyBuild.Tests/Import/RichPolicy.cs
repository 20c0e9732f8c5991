using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// A small policy that uses everything the format has — emphasis, links, code, line breaks,
/// characters Markdown would misread, nested, lettered, roman and numbered lists, a clause that
/// starts with a list, tables, footnotes, cross-references with and without text — to round-trip.
/// </summary>
public static class RichPolicy
{
    public static string WriteTo(string directory)
    {
        var folder = new TestPolicy()
            .Section("privacy", "Privacy and *data*",
                ("reporting", "Staff **must** report breaches *promptly* to the ***Data Protection Officer***, using [the ICO guidance](https://ico.org.uk/for-organisations/) and `form DP1`."),
                ("characters", "Escapes: 5 \\* 3, file\\_name, \\[bracket\\], \\{braces\\}, a pipe \\| and a \\# hash, R&D, \\<tag>, 100% & more."),
                ("line-start", "2021\\. was a busy year.\\\nSecond line after a hard break.\n\n\\- a dash that is not a list, and a. b. c."),
                ("nested", "Staff should:\n\n- keep passwords safe;\n  - never share them;\n  - change them when asked; and\n- lock screens.\n\nThat is all."),
                ("numbered", "Steps:\n\n1. first step;\n2. second step.\n\nRoman points:\n\ni. one;\nii. two;\niii. three.\n\nLettered points:\n\na. alpha;\nb. beta."),
                ("starts-with-list", "- a clause that starts with a list\n- and carries on"))
            .Section("records", "Records",
                ("retention", "Records are kept for six years[^1] unless [the privacy rules](#reporting) say otherwise; see also [](#privacy) and [](#nested).\n\n[^1]: Six years from the end of the financial year.\n\n    A second paragraph of the note."),
                ("table", "The periods are:\n\n| Record | Period |\n| --- | --- |\n| **Payroll** | 6 years |\n| Emails |  |\n| Minutes | permanent[^1] |\n\nAfter the table.\n\n[^1]: Minutes are archived."))
            .WriteTo(directory);
        File.WriteAllText(Path.Combine(folder, "10-privacy", "_section.md"), "# Privacy and data\n\nThis section is about *personal* data.\n\n- an intro list item\n");
        File.WriteAllText(Path.Combine(folder, "20-records", "10-retention.md"),
            "---\ntitle: Retention of records\n---\n" + File.ReadAllText(Path.Combine(folder, "20-records", "10-retention.md")));
        return folder;
    }
}
