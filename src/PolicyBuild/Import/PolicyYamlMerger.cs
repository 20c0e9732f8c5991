using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;
using PolicyBuild.Import.Metadata;

namespace PolicyBuild.Import;

/// <summary>
/// Updates an existing policy.yml with what a later version of the document says, in place: each
/// value the document gives replaces the old one where it is written, and everything the document
/// cannot say (baseline, revisions, appendix title, short name, comments) stays as it was.
/// </summary>
internal static class PolicyYamlMerger
{
    private const string Placeholder = "# not found in the document: fill it in";

    /// <param name="yaml">The existing policy.yml (it loaded, so it is well-formed).</param>
    /// <param name="m">What the document says; guessed values are left alone.</param>
    /// <param name="baseline">A <c>baseline:</c> to add when the file has none; null to add nothing.</param>
    public static string Merge(string yaml, ImportedMetadata m, string? baseline)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var edits = new List<(int Start, int End, string Text)>();
        var appended = new StringBuilder();
        void Set<T>(MetadataValue<T> value, string text, params string[] path)
        {
            if (value.Guessed is not null)
            {
                return;
            }

            if (Find(root, path) is { } node)
            {
                var end = (int)node.End.Index;
                var lineEnd = yaml.IndexOf('\n', end) is var n and >= 0 ? n : yaml.Length;
                var rest = yaml[end..lineEnd];
                // Drop the import's own "fill it in" mark once the document gives the value.
                edits.Add(((int)node.Start.Index, rest.Trim() == Placeholder ? lineEnd : end, text));
            }
            else if (path.Length == 1)
            {
                appended.Append(path[0]).Append(": ").Append(text).Append('\n');
            }
        }

        Set(m.Title, PolicyYamlWriter.Quote(m.Title.Value), "title");
        Set(m.OwnerService, PolicyYamlWriter.Quote(m.OwnerService.Value), "owner", "service");
        Set(m.OwnerRole, PolicyYamlWriter.Quote(m.OwnerRole.Value), "owner", "role");
        Set(m.Version, PolicyYamlWriter.Quote(m.Version.Value), "version");
        Set(m.Status, m.Status.Value, "status");
        Set(m.Committee, PolicyYamlWriter.Quote(m.Committee.Value), "adoption", "committee");
        Set(m.AdoptionDate, Date(m.AdoptionDate.Value), "adoption", "date");
        Set(m.ReviewCycle, PolicyYamlWriter.Quote(m.ReviewCycle.Value), "review", "cycle");
        Set(m.ReviewNext, Date(m.ReviewNext.Value), "review", "next");
        Set(m.Language, m.Language.Value, "language");
        if (baseline is not null && Find(root, "baseline") is null)
        {
            appended.Append("baseline: ").Append(PolicyYamlWriter.Quote(baseline)).Append("   # the version before 'import --into'\n");
        }

        var result = new StringBuilder(yaml);
        foreach (var (start, end, text) in edits.OrderByDescending(e => e.Start))
        {
            result.Remove(start, end - start).Insert(start, text);
        }

        if (appended.Length > 0 && result.Length > 0 && result[^1] != '\n')
        {
            result.Append('\n');
        }

        return result.Append(appended).ToString();
    }

    private static YamlNode? Find(YamlMappingNode root, params string[] path)
    {
        YamlNode? node = root;
        foreach (var key in path)
        {
            node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        return node is YamlScalarNode ? node : null;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
