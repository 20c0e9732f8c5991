using System.Collections.Immutable;
using System.Globalization;
using Markdig;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Import.Writing;
using PolicyBuild.Import.Notes;

namespace PolicyBuild.Import;

/// <summary>
/// <c>import --into</c>: a later version of a policy into its existing folder. Clauses are matched
/// (<see cref="ClauseMatcher"/>) so the ones that continue keep their ids and files and only their
/// text changes; policy.yml keeps what the document cannot say; the previous state becomes the
/// baseline, so the next build is the redline between the two versions.
/// </summary>
internal sealed class IntoImporter(MarkdownPipeline pipeline)
{
    public ImportResult Import(ImportOptions options)
    {
        var folder = LoadExisting(options.Target);
        var notes = new ImportNotes();
        var (source, structure) = WordImporter.Read(options, notes);
        var metadata = MetadataFinder.Find(source, structure, options, notes);
        var plan = IntoPlanner.Plan(structure, folder);
        var (baseline, isCopy) = IntoBaseline.Choose(folder);
        var yaml = PolicyYamlMerger.Merge(File.ReadAllText(folder.FullPath(MetadataReader.FileName)), metadata, baseline);
        var files = new FragmentRenderer(source, ReferenceTargets.For(plan.Sections), notes).Render(plan.Sections, yaml);
        var writer = new IntoWriter(pipeline);
        writer.Check(options.Target, plan, files);
        if (isCopy)
        {
            IntoBaseline.Copy(folder, baseline!);
        }

        var changes = writer.Apply(options.Target, plan, files);
        NoteUnsure(plan, notes);
        return new ImportResult(options.Target, changes.Written, plan.Sections.Length, plan.Sections.Sum(s => s.Clauses.Length), notes.ToImmutable(),
            new IntoReport(Matches(plan), changes, baseline));
    }

    private PolicyFolder LoadExisting(string target)
    {
        if (!File.Exists(Path.Combine(target, MetadataReader.FileName)))
        {
            throw new PolicyBuildException(new SourceLocation(target),
                "--into needs an existing policy folder (with policy.yml): import the first version with --to, then later ones with --into");
        }

        try
        {
            return PolicyFolder.Load(target, pipeline);
        }
        catch (PolicyBuildException ex)
        {
            throw new PolicyBuildException([Diagnostic.Error(new SourceLocation(target), "the policy folder has errors: fix them (policybuild check) before importing into it"), .. ex.Diagnostics]);
        }
    }

    private static ImmutableArray<string> Matches(IntoPlan plan)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var section in plan.Sections)
        {
            foreach (var clause in section.Clauses)
            {
                var path = $"{section.Folder}/{clause.File}";
                var match = plan.Matches[path];
                var alike = (match.Similarity * 100).ToString("0", CultureInfo.InvariantCulture);
                lines.Add(match.Existing is null
                    ? $"new: {clause.Source.Number} → {path}"
                    : $"{(match.Unsure ? "unsure" : "kept")}: {clause.Source.Number} → {path} (was {match.Existing.Clause.Number}; {(match.ByBookmark ? "by its bookmark, " : string.Empty)}text {alike}% alike)");
            }
        }

        lines.AddRange(plan.Removed.Select(r => $"removed: {r}"));
        return lines.ToImmutable();
    }

    private static void NoteUnsure(IntoPlan plan, ImportNotes notes)
    {
        foreach (var (section, clause) in plan.Sections.SelectMany(s => s.Clauses.Select(c => (s, c))))
        {
            var match = plan.Matches[$"{section.Folder}/{clause.File}"];
            if (match.Unsure)
            {
                notes.Add($"{section.Folder}/{clause.File}", $"matched with clause {match.Existing!.Clause.Number} of the folder, but unsure (text {(match.Similarity * 100).ToString("0", CultureInfo.InvariantCulture)}% alike): check that this is the same clause");
            }
        }
    }
}
