using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyBuild.Publishing.LibreOffice;

namespace PolicyBuild.RedlineHarness.LibreOffice;

/// <summary>
/// The judge's view of a document: its paragraphs as LibreOffice lays them out (list labels included),
/// after accepting or rejecting all tracked changes. LibreOffice is the product's own session, whose bridge
/// loads the test-only extension lo_paragraphs.py (the walker and accept/reject live beside this file).
/// </summary>
public static class LibreOfficeReader
{
    /// <summary>The bridge extension, copied next to this assembly at build time.</summary>
    public static string ExtensionPath { get; } = Path.Combine(
        Path.GetDirectoryName(typeof(LibreOfficeReader).Assembly.Location)!, "LibreOffice", "lo_paragraphs.py");

    /// <summary>Starts LibreOffice with the paragraph reader; throws as <see cref="LibreOfficeSession.StartAsync(TimeSpan, CancellationToken)"/> does.</summary>
    public static Task<LibreOfficeSession> StartAsync(TimeSpan timeout, CancellationToken ct = default) =>
        StartAsync(LibreOfficeInstallation.Locate(), timeout, ct);

    /// <summary>Starts a session on an explicit installation (tests use a stand-in bridge script).</summary>
    internal static Task<LibreOfficeSession> StartAsync(LibreOfficeInstallation installation, TimeSpan timeout, CancellationToken ct = default) =>
        LibreOfficeSession.StartAsync(installation, timeout, [ExtensionPath], ct);

    /// <summary>
    /// Reads every paragraph of the document's body text in document order, table cells row by row and
    /// cell by cell, after resolving tracked changes as <paramref name="view"/> says. The document is never modified.
    /// </summary>
    /// <param name="session">A session started by <see cref="StartAsync(TimeSpan, CancellationToken)"/>.</param>
    /// <param name="docx">The document to read.</param>
    /// <param name="view">Keep, accept or reject all tracked changes before reading.</param>
    /// <param name="ct">Cancels the request.</param>
    /// <param name="remoteWalker">Read over UNO even when the walker runs inside soffice (to compare the two).</param>
    public static async Task<IReadOnlyList<LibreOfficeParagraph>> ReadParagraphsAsync(
        this LibreOfficeSession session, string docx, RevisionView view, CancellationToken ct = default, bool remoteWalker = false)
    {
        var arguments = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["revisions"] = JsonSerializer.SerializeToElement(view switch
            {
                RevisionView.Keep => "keep",
                RevisionView.Accept => "accept",
                RevisionView.Reject => "reject",
                _ => throw new ArgumentOutOfRangeException(nameof(view), view, null),
            }),
        };
        if (remoteWalker)
        {
            arguments["walker"] = JsonSerializer.SerializeToElement("remote");
        }

        var results = await session.RequestAsync("paragraphs", docx, arguments, ct).ConfigureAwait(false);
        return results.TryGetValue("paragraphs", out var list)
            ? [.. list.Deserialize<List<BridgeParagraph>>()!.Select(p => p.ToParagraph())]
            : [];
    }

    /// <summary>Whether paragraphs are read inside soffice (fast) rather than call by call over UNO.</summary>
    public static async Task<bool> InProcessWalkerAsync(this LibreOfficeSession session, CancellationToken ct = default)
    {
        var results = await session.RequestAsync("walker", document: null, new Dictionary<string, JsonElement>(), ct).ConfigureAwait(false);
        return results.TryGetValue("inProcess", out var value) && value.GetBoolean();
    }

    /// <summary>A paragraph as lo_paragraphs.py sends it.</summary>
    private sealed record BridgeParagraph(
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("label")] string? Label,
        [property: JsonPropertyName("style")] string? Style,
        [property: JsonPropertyName("in")] string? In)
    {
        public LibreOfficeParagraph ToParagraph() =>
            new(Text ?? string.Empty, Label ?? string.Empty, Style ?? string.Empty, In == "table");
    }
}
