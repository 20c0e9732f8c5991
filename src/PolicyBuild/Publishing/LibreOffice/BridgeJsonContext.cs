using System.Text.Json.Serialization;

namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>Source-generated JSON metadata for the bridge protocol (no reflection at run time).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BridgeRequest))]
[JsonSerializable(typeof(BridgeResponse))]
internal sealed partial class BridgeJsonContext : JsonSerializerContext;
