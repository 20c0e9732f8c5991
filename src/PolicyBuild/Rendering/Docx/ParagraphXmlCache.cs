namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Body paragraphs' XML kept from one write of a document to the next (watch rebuilds the same documents
/// on every save; most of their paragraphs are as they were). A paragraph is looked up by its unit and its
/// place among that unit's paragraphs, and its kept XML is written again only when everything writing it
/// depends on matches (<see cref="ParagraphInputs"/>); its annotation ids are counted on from where it now
/// stands, so the document is byte for byte the one written without the cache. Paragraphs that use state
/// that cannot be replayed (links to other files, footnotes, comments), carry move ranges or close a section
/// are always written afresh. One cache serves one document at a time; only what the last write used is kept.
/// </summary>
public sealed class ParagraphXmlCache
{
    private Dictionary<(string Unit, int Occurrence), KeptParagraph> _kept = [];
    private Dictionary<(string Unit, int Occurrence), KeptParagraph> _next = [];
    private object? _writer;
    private int _writing;

    /// <summary>Paragraphs of the last write served from the cache, and written afresh.</summary>
    public (int Reused, int Written) LastCounts { get; private set; }

    /// <summary>Begins one document's write by <paramref name="writer"/>; what another writer kept (other styles) is dropped.</summary>
    internal void Begin(object writer)
    {
        if (Interlocked.Exchange(ref _writing, 1) != 0)
        {
            throw new InvalidOperationException("a paragraph XML cache serves one document write at a time");
        }

        if (!ReferenceEquals(writer, _writer))
        {
            _kept = [];
            _writer = writer;
        }

        _next = [];
        LastCounts = (0, 0);
    }

    /// <summary>Ends the write: what it used or made is kept for the next; a failed write keeps the earlier.</summary>
    internal void End(bool completed)
    {
        if (completed)
        {
            _kept = _next;
        }

        _next = [];
        Volatile.Write(ref _writing, 0);
    }

    /// <summary>The paragraph's kept XML if its inputs match; else null (and it is to be written afresh).</summary>
    internal KeptParagraph? Find((string Unit, int Occurrence) place, ParagraphInputs inputs)
    {
        if (_kept.TryGetValue(place, out var kept) && kept.Inputs.Matches(inputs))
        {
            _next[place] = kept;
            LastCounts = (LastCounts.Reused + 1, LastCounts.Written);
            return kept;
        }

        LastCounts = (LastCounts.Reused, LastCounts.Written + 1);
        return null;
    }

    /// <summary>Keeps a paragraph written afresh, when it can be kept (<see cref="KeptParagraph.Keep"/>).</summary>
    internal void Keep((string Unit, int Occurrence) place, ParagraphInputs inputs, ReadOnlySpan<byte> xml, int firstId, int idCount)
    {
        if (KeptParagraph.Keep(inputs, xml, firstId, idCount) is { } kept)
        {
            _next[place] = kept;
        }
    }
}
