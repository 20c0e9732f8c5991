namespace PolicyBuild.Bench;

/// <summary>
/// Writes a synthetic policy of N clauses (50 per section) and an edited draft of it: about 3%
/// of clauses amended, 1% added, 1% removed and 1% moved to another section. Seeded: the same N
/// always gives the same pair.
/// </summary>
public static class SyntheticPolicy
{
    private static readonly string[] Words =
    [
        "staff", "must", "council", "social", "media", "account", "manager", "policy", "should", "post",
        "information", "residents", "service", "approve", "training", "review", "content", "public", "team", "report",
        "not", "share", "personal", "data", "corporate", "channel", "message", "respond", "complaint", "officer",
    ];

    public sealed record Clause(string Id, string Text);

    public static (string Baseline, string Draft) Write(string root, int clauses)
    {
        var random = new Random(clauses);
        var sections = Enumerable.Range(0, (clauses + 49) / 50)
            .Select(s => Enumerable.Range(0, Math.Min(50, clauses - (s * 50))).Select(c => new Clause($"c{s}-{c}", Sentence(random, 35))).ToList())
            .ToList();
        var baseline = WritePolicy(Path.Combine(root, $"n{clauses}-baseline"), sections, "1.0");

        var edits = Math.Max(1, clauses / 100);
        foreach (var _ in Enumerable.Range(0, edits * 3))
        {
            var section = sections[random.Next(sections.Count)];
            var index = random.Next(section.Count);
            var words = section[index].Text.Split(' ');
            words[random.Next(words.Length)] = Words[random.Next(Words.Length)];
            section[index] = section[index] with { Text = string.Join(' ', words) };
        }

        for (var i = 0; i < edits; i++)
        {
            var section = sections[random.Next(sections.Count)];
            section.Insert(random.Next(section.Count + 1), new Clause($"new-{i}", Sentence(random, 30)));
            var from = sections[random.Next(sections.Count)];
            from.RemoveAt(random.Next(from.Count));
            var source = sections[random.Next(sections.Count)];
            var moved = source[random.Next(source.Count)];
            source.Remove(moved);
            var target = sections[random.Next(sections.Count)];
            target.Insert(random.Next(target.Count + 1), moved);
        }

        return (baseline, WritePolicy(Path.Combine(root, $"n{clauses}-draft"), sections, "2.0"));
    }

    private static string WritePolicy(string directory, List<List<Clause>> sections, string version)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "policy.yml"), $"""
            title: Synthetic Policy
            short-name: synthetic
            owner:
              service: Corporate Services
              role: Head of Service
            version: "{version}"
            status: draft
            adoption:
              committee: Test Committee
              date: 2024-01-01
            review:
              cycle: every three years
              next: 2027-01-01
            """);
        for (var s = 0; s < sections.Count; s++)
        {
            var folder = Path.Combine(directory, $"{(s + 1) * 10}-section-{s}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "_section.md"), $"# Section {s}\n");
            for (var c = 0; c < sections[s].Count; c++)
            {
                var clause = sections[s][c];
                File.WriteAllText(Path.Combine(folder, $"{(c + 1) * 10}-{clause.Id}.md"), clause.Text + "\n");
            }
        }

        return directory;
    }

    private static string Sentence(Random random, int words) =>
        char.ToUpperInvariant(Words[0][0]) + string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]))[1..] + ".";
}
