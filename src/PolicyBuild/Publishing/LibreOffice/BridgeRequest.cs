using System.Text.Json.Serialization;

namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>One JSON-lines request to lo_bridge.py. Null members are left out of the JSON.</summary>
internal sealed record BridgeRequest
{
    [JsonPropertyName("op")]
    public required string Op { get; init; }

    /// <summary>Echoed back by the bridge so a late answer to an abandoned request is recognised.</summary>
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("in")]
    public string? In { get; init; }

    [JsonPropertyName("out")]
    public string? Out { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("revisions")]
    public string? Revisions { get; init; }
}
