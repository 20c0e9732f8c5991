namespace PolicyBuild.Import.Metadata;

/// <summary>
/// The labels that feed policy.yml, lower case: those PolicyBuild's template writes ("Version",
/// "Status", "Owner", "Adopted by", "Adopted on", "Review", and for drafts "To be considered by",
/// "Meeting date") and a few common synonyms.
/// </summary>
internal static class MetadataLabels
{
    public static readonly string[] Version = ["version", "version number", "version no", "version no.", "document version"];
    public static readonly string[] Status = ["status", "document status", "policy status"];
    public static readonly string[] Owner = ["owner", "policy owner", "document owner", "responsible officer", "lead officer"];
    public static readonly string[] Committee = ["adopted by", "approved by", "to be considered by", "approving committee", "committee"];
    public static readonly string[] AdoptionDate = ["adopted on", "date adopted", "adoption date", "date of adoption", "approved on", "date approved", "approval date", "meeting date"];
    public static readonly string[] Review = ["review", "review date", "next review", "next review date", "review cycle", "review frequency"];
    public static readonly string[] ReviewCycle = ["review cycle", "review frequency", "review"];
    public static readonly string[] ReviewNext = ["next review", "next review date", "review date", "review"];

    public static bool IsKnown(string label)
    {
        var key = label.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        return new[] { Version, Status, Owner, Committee, AdoptionDate, Review }.Any(set => set.Contains(key, StringComparer.Ordinal));
    }
}
