namespace PolicyBuild.Import.Metadata;

/// <summary>Everything policy.yml needs, found in the document or guessed.</summary>
internal sealed record ImportedMetadata(
    MetadataValue<string> Title,
    string ShortName,
    MetadataValue<string> OwnerService,
    MetadataValue<string> OwnerRole,
    MetadataValue<string> Version,
    MetadataValue<string> Status,
    MetadataValue<string> Committee,
    MetadataValue<DateOnly> AdoptionDate,
    MetadataValue<string> ReviewCycle,
    MetadataValue<DateOnly> ReviewNext,
    MetadataValue<string> Language);

/// <summary>A policy.yml value, and whether the document gave it or it is a guess the author must check.</summary>
/// <param name="Value">What policy.yml says.</param>
/// <param name="Guessed">Null when found in the document; else why this value was written.</param>
internal sealed record MetadataValue<T>(T Value, string? Guessed = null)
{
    public static MetadataValue<T> Found(T value) => new(value);
}
