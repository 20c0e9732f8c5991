using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// Writes a paragraph's runs as Markdown: bold and italic as <c>**</c>/<c>*</c>, links as
/// <c>[text](url)</c>, internal links to a clause or section as <c>[](#id)</c> (or
/// <c>[text](#id)</c> when their text is not "clause 4.7"), footnote marks as <c>[^1]</c> with
/// the note defined in the same file, and typed references resolved.
/// </summary>
internal sealed partial class InlineMarkdown(InlineContext context)
{
    private readonly TypedReferences _references = new(context.Targets, context.Notes, context.File);

    public string Write(ImmutableArray<WordRun> runs)
    {
        var output = new StringBuilder();
        foreach (var group in Groups(runs))
        {
            if (group[0].Link is not { } link)
            {
                new EmphasisWriter(output, _references.Convert).Write(group, OnSpecial);
            }
            else if (link.Url is { } url)
            {
                var text = Formatted(group, MarkdownEscaper.Text);
                output.Append(text.Trim().Length == 0 ? string.Empty : $"[{text}]({Destination(url)})");
            }
            else
            {
                WriteInternalLink(group, link.Anchor!, output);
            }
        }

        return output.ToString();
    }

    private void WriteInternalLink(List<WordRun> group, string anchor, StringBuilder output)
    {
        var plain = RunText.Plain(group).Trim();
        var id = context.Targets.ByBookmark(anchor);
        if (id is null)
        {
            context.Notes.Add(context.File, $"the link '{plain}' points to a place that is not a section or clause (bookmark '{anchor}'): kept as text");
            output.Append(Formatted(group, MarkdownEscaper.Text));
        }
        else if (ReferenceText().IsMatch(plain))
        {
            output.Append("[](#").Append(id).Append(')');
        }
        else if (BareNumber().IsMatch(plain) && TrailingWord().Match(output.ToString()) is { Success: true } word)
        {
            // Word's cross-references link only the number: "see paragraph <4.7>".
            output.Remove(word.Index, word.Length).Append("[](#").Append(id).Append(')');
        }
        else
        {
            output.Append('[').Append(Formatted(group, MarkdownEscaper.Text)).Append("](#").Append(id).Append(')');
        }
    }

    private string Formatted(List<WordRun> runs, Func<string, string> escape)
    {
        var text = new StringBuilder();
        new EmphasisWriter(text, escape).Write(runs, OnSpecial);
        return text.ToString();
    }

    /// <summary>Footnote marks and content Markdown cannot hold.</summary>
    private string OnSpecial(WordRun run)
    {
        if (run.Kind == WordRunKind.FormatLost)
        {
            context.Notes.Add(context.File, $"the {run.Text} is plain text here: our Markdown has no raised or lowered text beyond digits and signs");
            return string.Empty;
        }

        if (run.Kind == WordRunKind.Unsupported)
        {
            context.Notes.Add(context.File, $"{run.Text} was not imported: describe it in words or add it by hand");
            return string.Empty;
        }

        var key = WordSource.NoteKey(run.Kind, run.Text);
        var (label, isNew) = context.Footnotes.Label(key);
        if (isNew)
        {
            var paragraphs = context.Source.GetValueOrDefault(key, []).Where(p => !p.IsEmpty).ToList();
            var text = string.Join("\n\n", paragraphs.Select(p => BlockMarkdown.Lines(Write(RunText.Trim(p.Runs)), string.Empty)));
            if (run.Kind == WordRunKind.EndnoteMark)
            {
                context.Notes.Add(context.File, "an endnote became a footnote");
            }

            context.Footnotes.Define(label, text.Length > 0 ? text : "(This footnote was empty in the document.)");
        }

        return $"[^{label}]";
    }

    private static IEnumerable<List<WordRun>> Groups(IEnumerable<WordRun> runs)
    {
        List<WordRun>? current = null;
        foreach (var run in runs)
        {
            var link = run.Kind is WordRunKind.Text or WordRunKind.LineBreak ? run.Link : null;
            if (current is not null && Equals(current[0].Link, link))
            {
                // Word splits runs for its own reasons: join them, so "clause " + "5.12" reads as one reference.
                if (current[^1] is { Kind: WordRunKind.Text } last && run.Kind == WordRunKind.Text && last.Format == run.Format)
                {
                    current[^1] = last with { Text = last.Text + run.Text };
                }
                else
                {
                    current.Add(run with { Link = link });
                }

                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = [run with { Link = link }];
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static string Destination(string url) =>
        url.Any(c => char.IsWhiteSpace(c) || c is '(' or ')' or '<' or '>') ? $"<{url.Replace(">", "%3E", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal)}>" : url;

    [GeneratedRegex(@"^(?:paragraph|para\.?|clause|section)\s+\d{1,3}(?:\.\d{1,3})?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceText();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\b(?:paragraph|para\.?|clause|section)\s$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingWord();
}
