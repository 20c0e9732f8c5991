namespace PolicyBuild.Tests.TestSupport;

/// <summary>
/// Writes small policies as fragment folders for tests: sections of clauses, in order, with
/// prefixes 10, 20, 30… unless a file name is given.
/// </summary>
public sealed class TestPolicy
{
    private readonly List<(string Folder, string Title, string Intro, List<(string File, string Text)> Clauses)> _sections = [];
    private string _metadata = Metadata();

    public static string Metadata(string version = "1.0", string status = "adopted", string cycle = "annually", string extra = "") => $"""
        title: Test Policy
        short-name: test-policy
        owner:
          service: Corporate Services
          role: Head of Service
        version: "{version}"
        status: {status}
        adoption:
          committee: Test Committee
          date: 2020-01-15
        review:
          cycle: {cycle}
          next: 2021-01-15
        language: en-GB
        {extra}
        """;

    public TestPolicy WithMetadata(string yaml)
    {
        _metadata = yaml;
        return this;
    }

    /// <param name="clauses">Each clause as <c>(slug, text)</c>; the file is <c>NN-slug.md</c>.</param>
    public TestPolicy Section(string slug, string title, params (string Slug, string Text)[] clauses) =>
        SectionWithIntro(slug, title, string.Empty, clauses);

    /// <param name="intro">The paragraph after the section's heading in <c>_section.md</c>.</param>
    public TestPolicy SectionWithIntro(string slug, string title, string intro, params (string Slug, string Text)[] clauses)
    {
        var folder = $"{(_sections.Count + 1) * 10}-{slug}";
        _sections.Add((folder, title, intro, clauses.Select((c, i) => ($"{(i + 1) * 10}-{c.Slug}.md", c.Text)).ToList()));
        return this;
    }

    public string WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "policy.yml"), _metadata);
        foreach (var (folder, title, intro, clauses) in _sections)
        {
            var sectionDir = Path.Combine(directory, folder);
            Directory.CreateDirectory(sectionDir);
            File.WriteAllText(Path.Combine(sectionDir, "_section.md"), intro.Length == 0 ? $"# {title}\n" : $"# {title}\n\n{intro}\n");
            foreach (var (file, text) in clauses)
            {
                File.WriteAllText(Path.Combine(sectionDir, file), text + "\n");
            }
        }

        return directory;
    }
}
