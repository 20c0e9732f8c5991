using DocumentFormat.OpenXml.Packaging;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// The small mutable state of writing one package: annotation ids (revisions, bookmarks and
/// move ranges share one id space), hyperlink relationships, list instances and footnote ids.
/// Ids count up from fixed starts so the same input always gives the same file.
/// </summary>
internal sealed class RenderState(MainDocumentPart main, RevisionContext revisions, StyleIndents styles)
{
    private readonly Dictionary<string, string> _hyperlinks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bookmarksWritten = new(StringComparer.Ordinal);
    private int _nextAnnotationId = 1;

    public RevisionContext Revisions { get; } = revisions;

    public NumberingRegistry Numbering { get; } = new();

    public RenumberedIndent RenumberedIndent { get; } = new(styles);

    public Dictionary<string, int> FootnoteIds { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// How many times writing has used state a kept paragraph's XML cannot replay (hyperlink relationships,
    /// footnote ids, comments): a paragraph that used any is written afresh each time (<see cref="ParagraphXmlCache"/>).
    /// </summary>
    public int UnreplayableUses { get; private set; }

    public bool PageBreakPending { get; set; }

    private readonly List<(string Id, string Text)> _comments = [];

    /// <summary>The comments anchored so far, by id, for the comments part.</summary>
    public IReadOnlyList<(string Id, string Text)> Comments => _comments;

    public void AddComment(string id, string text)
    {
        _comments.Add((id, text));
        UnreplayableUses++;
    }

    /// <summary>Set while writing a body paragraph whose insertions are stamped apart (see <see cref="InsertionStamps"/>).</summary>
    public bool InsertionsLater { get; set; }

    /// <summary>The date of an insertion in the paragraph being written.</summary>
    public DateTime InsertionDate => InsertionsLater ? Revisions.Date + InsertionStamps.Apart : Revisions.Date;

    public string NextId() => (_nextAnnotationId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id <see cref="NextId"/> gives next.</summary>
    public int PeekNextId => _nextAnnotationId;

    /// <summary>Takes <paramref name="count"/> ids at once (a kept paragraph's); returns the first.</summary>
    public int TakeIds(int count)
    {
        var first = _nextAnnotationId;
        _nextAnnotationId += count;
        return first;
    }

    /// <summary>Relationship id of an external link, made once per distinct URL.</summary>
    public string HyperlinkRelationship(string url)
    {
        UnreplayableUses++;
        if (!_hyperlinks.TryGetValue(url, out var id))
        {
            id = $"rIdLink{_hyperlinks.Count + 1}";
            main.AddHyperlinkRelationship(new Uri(url, UriKind.RelativeOrAbsolute), true, id);
            _hyperlinks[url] = id;
        }

        return id;
    }

    /// <summary>Bookmarks of units moved in a marked document, which their old place gets too (<see cref="BookmarkPlaces"/>).</summary>
    public IReadOnlySet<string> MovedBookmarks { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A bookmark name may appear once; a moved or deleted copy of a clause does not get it.</summary>
    public bool ClaimBookmark(string name) => _bookmarksWritten.Add(name);

    public bool IsBookmarkClaimed(string name) => _bookmarksWritten.Contains(name);

    /// <summary>How the reference to each footnote is tracked: a note only an inserted reference points at is itself inserted.</summary>
    public Dictionary<string, Revision?> FootnoteRevisions { get; } = new(StringComparer.Ordinal);

    public int FootnoteId(string key, Revision? referenceRevision)
    {
        UnreplayableUses++;
        if (!FootnoteIds.TryGetValue(key, out var id))
        {
            id = FootnoteIds.Count + 1;
            FootnoteIds[key] = id;
            FootnoteRevisions[key] = referenceRevision;
        }
        else if (FootnoteRevisions[key] != referenceRevision)
        {
            // Referenced from both kept and changed text: the note itself is unchanged.
            FootnoteRevisions[key] = null;
        }

        return id;
    }
}
