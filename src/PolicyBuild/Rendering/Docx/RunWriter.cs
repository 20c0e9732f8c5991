using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes layout runs as paragraph content: runs grouped into hyperlinks by link, and within
/// those into <c>w:ins</c>/<c>w:del</c>/<c>w:moveFrom</c>/<c>w:moveTo</c> by revision.
/// </summary>
internal sealed class RunWriter(RenderState state)
{
    public IEnumerable<OpenXmlElement> Write(IReadOnlyList<LayoutRun> runs)
    {
        foreach (var linkGroup in Group(runs, r => r.Link))
        {
            var content = Group(linkGroup, r => r.Revision?.Kind is { } kind and not RevisionKind.FormatChanged ? (object)kind : null)
                .SelectMany(WriteRevisionGroup)
                .ToList();
            var link = linkGroup[0].Link;
            if (link is null)
            {
                foreach (var element in content)
                {
                    yield return element;
                }
            }
            else
            {
                yield return link.StartsWith('#')
                    ? new Hyperlink(content) { Anchor = BookmarkNames.For(link[1..]), History = OnOffValue.FromBoolean(true) }
                    : new Hyperlink(content) { Id = state.HyperlinkRelationship(link), History = OnOffValue.FromBoolean(true) };
            }
        }
    }

    private IEnumerable<OpenXmlElement> WriteRevisionGroup(List<LayoutRun> group)
    {
        var revision = group[0].Revision;
        var removed = revision?.RemovesContent == true;
        var runs = group.Select(run => WriteRun(run, removed)).ToList();
        if (revision is null || revision.Kind == RevisionKind.FormatChanged)
        {
            return runs;
        }

        return [TrackedChange.Wrap(revision.Kind, runs, state)];
    }

    private Run WriteRun(LayoutRun layoutRun, bool removed)
    {
        var run = new Run();
        var properties = RunProperties(layoutRun.Kind, layoutRun.Format, layoutRun.Link is not null);
        if (layoutRun.Revision is { Kind: RevisionKind.FormatChanged } change)
        {
            var previous = RunProperties(layoutRun.Kind, change.OldFormat, layoutRun.Link is not null) ?? new RunProperties();
            properties ??= new RunProperties();
            properties.Append(new RunPropertiesChange(new PreviousRunProperties(previous.ChildElements.Select(c => c.CloneNode(true))))
            {
                Id = state.NextId(),
                Author = state.Revisions.Author,
                Date = state.Revisions.Date,
            });
        }

        if (properties is not null)
        {
            run.Append(properties);
        }

        switch (layoutRun.Kind)
        {
            case RunKind.Tab:
                run.Append(new TabChar());
                break;
            case RunKind.LineBreak:
                run.Append(new Break());
                break;
            case RunKind.FootnoteReference:
                run.Append(new FootnoteReference { Id = state.FootnoteId(layoutRun.Text, layoutRun.Revision) });
                break;
            default:
                run.Append(removed
                    ? new DeletedText(layoutRun.Text) { Space = SpaceProcessingModeValues.Preserve }
                    : new Text(layoutRun.Text) { Space = SpaceProcessingModeValues.Preserve });
                break;
        }

        return run;
    }

    private static RunProperties? RunProperties(RunKind kind, RunFormat format, bool isLink)
    {
        var style = kind switch
        {
            RunKind.ClauseNumber or RunKind.SectionNumber => CharacterStyleIds.Number,
            RunKind.FootnoteReference => CharacterStyleIds.FootnoteReference,
            _ when isLink => CharacterStyleIds.Hyperlink,
            _ when format.HasFlag(RunFormat.Code) => CharacterStyleIds.Code,
            _ => null,
        };
        if (style is null && (format & ~RunFormat.Code) == RunFormat.None)
        {
            return null;
        }

        var properties = new RunProperties();
        if (style is not null)
        {
            properties.RunStyle = new RunStyle { Val = style };
        }

        if (format.HasFlag(RunFormat.Bold))
        {
            properties.Bold = new Bold();
        }

        if (format.HasFlag(RunFormat.Italic))
        {
            properties.Italic = new Italic();
        }

        if (format.HasFlag(RunFormat.Strikethrough))
        {
            properties.Strike = new Strike();
        }

        return properties;
    }

    private static IEnumerable<List<LayoutRun>> Group<TKey>(IEnumerable<LayoutRun> runs, Func<LayoutRun, TKey> key)
    {
        List<LayoutRun>? current = null;
        foreach (var run in runs)
        {
            if (current is not null && EqualityComparer<TKey>.Default.Equals(key(current[0]), key(run)))
            {
                current.Add(run);
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = [run];
        }

        if (current is not null)
        {
            yield return current;
        }
    }
}
