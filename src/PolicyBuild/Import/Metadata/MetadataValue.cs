namespace PolicyBuild.Import.Metadata;

/// <summary>A policy.yml value, and whether the document gave it or it is a guess the author must check.</summary>
/// <param name="Value">What policy.yml says.</param>
/// <param name="Guessed">Null when found in the document; else why this value was written.</param>
internal sealed record MetadataValue<T>(T Value, string? Guessed = null)
{
    public static MetadataValue<T> Found(T value) => new(value);
}
