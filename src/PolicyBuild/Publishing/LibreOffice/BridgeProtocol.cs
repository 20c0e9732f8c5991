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

/// <summary>One JSON-lines answer from lo_bridge.py (the readiness line uses the same shape).</summary>
internal sealed record BridgeResponse
{
    [JsonPropertyName("ok")]
    public bool Ok { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("id")]
    public long? Id { get; init; }

    [JsonPropertyName("ready")]
    public bool? Ready { get; init; }

    /// <summary>On a failed readiness line: "uno" or "soffice".</summary>
    [JsonPropertyName("missing")]
    public string? Missing { get; init; }

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>An extension operation's answer: every member not named above (settable: the deserializer fills it).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Results { get; set; }
}

/// <summary>Source-generated JSON metadata for the bridge protocol (no reflection at run time).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BridgeRequest))]
[JsonSerializable(typeof(BridgeResponse))]
internal sealed partial class BridgeJsonContext : JsonSerializerContext;
