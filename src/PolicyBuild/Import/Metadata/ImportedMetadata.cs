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
