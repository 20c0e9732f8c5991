namespace PolicyBuild.Bench;

/// <summary>
/// Writes a synthetic policy of N clauses (50 per section) and an edited draft of it: about 3%
/// of clauses amended, 1% added, 1% removed and 1% moved to another section. Seeded: the same N
/// always gives the same pair. Beside each draft it writes the same text as one Markdown file
/// (<c>n{N}-draft.md</c>), the input a peer such as pandoc converts side by side.
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

    public static (string Baseline, string Draft) Write(string root, int clauses) =>
        Write(Path.Combine(root, $"n{clauses}-baseline"), Path.Combine(root, $"n{clauses}-draft"), clauses, clauses, "synthetic", baselineKey: null);

    /// <summary>
    /// A library of <paramref name="policies"/> policies of <paramref name="clauses"/> clauses each, every
    /// one a folder with its adopted version inside (<c>baselines/adopted</c>, named in its policy.yml), as
    /// a council keeps them; returns the policy folders.
    /// </summary>
    public static IReadOnlyList<string> WriteLibrary(string root, int policies, int clauses) =>
        Enumerable.Range(0, policies).Select(p =>
        {
            var draft = Path.Combine(root, $"policy-{p:000}");
            Write(Path.Combine(draft, "baselines", "adopted"), draft, clauses, seed: 7919 * (p + 1), $"policy-{p:000}", "baselines/adopted");
            return draft;
        }).ToList();

    private static (string Baseline, string Draft) Write(string baselineDir, string draftDir, int clauses, int seed, string shortName, string? baselineKey)
    {
        var random = new Random(seed);
        var sections = Enumerable.Range(0, (clauses + 49) / 50)
            .Select(s => Enumerable.Range(0, Math.Min(50, clauses - (s * 50))).Select(c => new Clause($"c{s}-{c}", Sentence(random, 35))).ToList())
            .ToList();
        var baseline = WritePolicy(baselineDir, sections, "1.0", shortName, baselineKey: null);

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

        var draft = WritePolicy(draftDir, sections, "2.0", shortName, baselineKey);
        File.WriteAllText(draftDir + ".md", SingleMarkdown(sections));
        return (baseline, draft);
    }

    /// <summary>The draft as one Markdown document with its numbers typed, as a peer would be given it.</summary>
    private static string SingleMarkdown(List<List<Clause>> sections)
    {
        var text = new System.Text.StringBuilder("# Synthetic Policy\n\n");
        for (var s = 0; s < sections.Count; s++)
        {
            text.Append($"## {s + 1}. Section {s}\n\n");
            for (var c = 0; c < sections[s].Count; c++)
            {
                text.Append($"**{s + 1}.{c + 1}** {sections[s][c].Text}\n\n");
            }
        }

        return text.ToString();
    }

    private static string WritePolicy(string directory, List<List<Clause>> sections, string version, string shortName, string? baselineKey)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "policy.yml"), $"""
            title: Synthetic Policy
            short-name: {shortName}
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

            """ + (baselineKey is null ? "" : $"baseline: {baselineKey}\n"));
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
