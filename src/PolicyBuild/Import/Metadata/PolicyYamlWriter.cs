using System.Globalization;
using System.Text;
using PolicyBuild.Import.Notes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyBuild.Import.Metadata;

/// <summary>
/// Writes policy.yml in the layout the README shows. A value the document did not give is still
/// written — the strict loader needs every key — but marked in the file and reported as
/// "'owner' not found in the document — fill it in", never left as silent data.
/// </summary>
internal static class PolicyYamlWriter
{
    private const string File = PolicyBuild.Authoring.MetadataReader.FileName;

    public static string Write(ImportedMetadata m, ImportNotes notes)
    {
        var yaml = new StringBuilder();
        Line(yaml, "", "title", Quote(m.Title.Value), m.Title.Guessed, "title", notes);
        yaml.Append("short-name: ").Append(m.ShortName).Append('\n');
        var ownerMissing = m.OwnerRole.Guessed is not null;
        if (ownerMissing)
        {
            notes.Add(File, $"'owner' not found in the document — fill it in (written as '{m.OwnerRole.Value}')", Lines(yaml) + 1);
        }

        yaml.Append("owner:\n");
        Line(yaml, "  ", "service", Quote(m.OwnerService.Value), m.OwnerService.Guessed, ownerMissing ? null : "owner.service", notes);
        Line(yaml, "  ", "role", Quote(m.OwnerRole.Value), m.OwnerRole.Guessed, null, notes);
        Line(yaml, "", "version", Quote(m.Version.Value), m.Version.Guessed, "version", notes);
        Line(yaml, "", "status", m.Status.Value, m.Status.Guessed, "status", notes);
        yaml.Append("adoption:\n");
        Line(yaml, "  ", "committee", Quote(m.Committee.Value), m.Committee.Guessed, "adoption.committee", notes);
        Line(yaml, "  ", "date", Date(m.AdoptionDate.Value), m.AdoptionDate.Guessed, "adoption.date", notes);
        yaml.Append("review:\n");
        Line(yaml, "  ", "cycle", Quote(m.ReviewCycle.Value), m.ReviewCycle.Guessed, "review.cycle", notes);
        Line(yaml, "  ", "next", Date(m.ReviewNext.Value), m.ReviewNext.Guessed, "review.next", notes);
        Line(yaml, "", "language", m.Language.Value, m.Language.Guessed, "language", notes);
        return yaml.ToString();
    }

    /// <summary>
    /// A YAML double-quoted scalar as YamlDotNet's emitter writes it, on one line: any text is safe,
    /// ': ', '#', quotes, line breaks and control characters included.
    /// </summary>
    public static string Quote(string text)
    {
        if (text.Length == 0)
        {
            return "\"\""; // the emitter would open an explicit document ("--- \"\"") for an empty root
        }

        using var output = new StringWriter();
        var emitter = new Emitter(output, EmitterSettings.Default.WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new Scalar(null, null, text, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return output.ToString().TrimEnd('\r', '\n');
    }

    /// <param name="yaml">The file so far.</param>
    /// <param name="indent">Two spaces inside a mapping.</param>
    /// <param name="name">The YAML key.</param>
    /// <param name="value">The value, quoted where needed.</param>
    /// <param name="guessed">Null when found in the document.</param>
    /// <param name="key">The key as reported; null when an enclosing key was reported already.</param>
    /// <param name="notes">Where the guess is reported.</param>
    private static void Line(StringBuilder yaml, string indent, string name, string value, string? guessed, string? key, ImportNotes notes)
    {
        yaml.Append(indent).Append(name).Append(": ").Append(value);
        if (guessed is not null)
        {
            yaml.Append("  # not found in the document: fill it in");
            if (key is not null)
            {
                notes.Add(File, $"'{key}' not found in the document — fill it in (written as '{Unquote(value)}': {guessed})", Lines(yaml) + 1);
            }
        }

        yaml.Append('\n');
    }

    private static int Lines(StringBuilder yaml) => yaml.ToString().Count(c => c == '\n');

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Unquote(string value) => value.StartsWith('"') ? value[1..^1] : value;
}
