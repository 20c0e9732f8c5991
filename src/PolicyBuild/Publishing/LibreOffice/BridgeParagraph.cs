using System.Text.Json.Serialization;

namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>A paragraph as lo_bridge.py sends it.</summary>
internal sealed record BridgeParagraph
{
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("label")]
    public string? Label { get; init; }

    [JsonPropertyName("style")]
    public string? Style { get; init; }

    /// <summary>"body" or "table".</summary>
    [JsonPropertyName("in")]
    public string? In { get; init; }

    public LibreOfficeParagraph ToParagraph() =>
        new(Text ?? string.Empty, Label ?? string.Empty, Style ?? string.Empty, In == "table");
}
