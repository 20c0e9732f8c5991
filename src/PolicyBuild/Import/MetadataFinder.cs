using System.Text.RegularExpressions;
using PolicyBuild.Import.Metadata;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Structure;
using PolicyBuild.Import.Word;
using PolicyBuild.Import.Writing;

using PolicyBuild.Model;

namespace PolicyBuild.Import;

/// <summary>
/// Fills policy.yml from the document: title (Title style or core properties), language (style
/// defaults), and the labelled facts of the title block, header and footer. What it cannot find
/// it guesses with a value the strict loader accepts, and says so (see <see cref="PolicyYamlWriter"/>).
/// </summary>
internal static partial class MetadataFinder
{
    private const string ToConfirm = "To be confirmed";

    /// <summary>As <c>policybuild init</c> writes: a date nobody could take for a real one.</summary>
    private static readonly DateOnly PlaceholderDate = new(2000, 1, 1);

    public static ImportedMetadata Find(WordSource source, ImportedDocument document, ImportOptions options, ImportNotes notes)
    {
        var values = FrontMatterReader.Read(document.FrontMatter, source.Furniture, notes);
        var owner = values.Get(MetadataLabels.Owner);
        var comma = owner?.LastIndexOf(", ", StringComparison.Ordinal) ?? -1;
        var (role, service) = owner is null ? (null, null) : comma > 0 ? (owner[..comma], owner[(comma + 2)..]) : (owner, null);
        var status = values.Get(MetadataLabels.Status);
        var adopted = Date(values.Get(MetadataLabels.AdoptionDate));
        // A date the document does not carry is a placeholder, never the clock or the file's save time.
        var adoption = adopted is { } date ? MetadataValue<DateOnly>.Found(date) : new(PlaceholderDate, "a placeholder: the document gives no adoption date");
        var (cycle, next) = ReviewGuess.Complete(values, adoption.Value);
        return new ImportedMetadata(
            FrontMatterReader.Title(document.FrontMatter, source.Core, options.Document),
            ShortName(options.Target),
            Value(service, ToConfirm),
            Value(role, ToConfirm),
            Value(Version(values.Get(MetadataLabels.Version)), "1.0"),
            status is null ? new MetadataValue<string>("adopted", "assumed adopted") : MetadataValue<string>.Found(status.Contains("draft", StringComparison.OrdinalIgnoreCase) ? "draft" : "adopted"),
            Value(values.Get(MetadataLabels.Committee), ToConfirm),
            adoption,
            cycle,
            next,
            Language(source));
    }

    private static MetadataValue<string> Value(string? found, string guess) =>
        found is not null ? MetadataValue<string>.Found(found) : new MetadataValue<string>(guess, "placeholder");

    private static DateOnly? Date(string? text) => text is null ? null : DateText.Find(text);


    /// <summary>"2.0" from "2.0" or "Version 2.0 (final)".</summary>
    private static string? Version(string? text) =>
        text is null ? null : VersionNumber().Match(text) is { Success: true } m ? m.Value : text.Split(' ')[0];

    private static MetadataValue<string> Language(WordSource source)
    {
        foreach (var candidate in new[] { source.Language, source.Core.Language })
        {
            var parts = candidate?.Trim().Split('-') ?? [];
            var tag = parts.Length switch
            {
                1 => parts[0].ToLowerInvariant(),
                2 => $"{parts[0].ToLowerInvariant()}-{parts[1].ToUpperInvariant()}",
                _ => string.Empty,
            };
            if (LanguageTag().IsMatch(tag))
            {
                return MetadataValue<string>.Found(tag);
            }
        }

        return new MetadataValue<string>("en-GB", "the default");
    }

    private static string ShortName(string target) =>
        Slug.Of(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(target)))) is { Length: > 0 } slug ? slug : "policy";

    [GeneratedRegex(@"\d+(?:\.\d+)*")]
    private static partial Regex VersionNumber();

    // As MetadataReader checks it: en, en-GB, cy-GB.
    [GeneratedRegex("^[a-z]{2,3}(-[A-Z]{2}|-[0-9]{3})?$")]
    private static partial Regex LanguageTag();
}
