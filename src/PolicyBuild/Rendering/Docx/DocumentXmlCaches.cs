using System.Collections.Concurrent;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// One <see cref="ParagraphXmlCache"/> per document a policy's build writes (the clean and marked documents,
/// each report and pack), by the document's name, kept between builds (watch). Documents written at the same
/// time each have their own; a document no longer written is forgotten at the end of the next build.
/// </summary>
public sealed class DocumentXmlCaches
{
    private readonly ConcurrentDictionary<string, ParagraphXmlCache> _caches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    /// <summary>The cache of the document named <paramref name="document"/> (its output path).</summary>
    public ParagraphXmlCache For(string document)
    {
        _used[document] = 0;
        return _caches.GetOrAdd(document, _ => new ParagraphXmlCache());
    }

    /// <summary>The cache kept for a document, if any, looked at without counting as used.</summary>
    public ParagraphXmlCache? Kept(string document) => _caches.GetValueOrDefault(document);

    /// <summary>Ends a build: the caches of documents it did not write are dropped.</summary>
    public void ForgetUnused()
    {
        foreach (var document in _caches.Keys.Where(d => !_used.ContainsKey(d)))
        {
            _caches.TryRemove(document, out _);
        }

        _used.Clear();
    }
}
