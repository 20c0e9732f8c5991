using System.Text.Json;
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

    /// <summary>An extension operation's own members (get-only: System.Text.Json binds extension data no other way).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Arguments { get; } = new(StringComparer.Ordinal);
}
