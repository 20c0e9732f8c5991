namespace PolicyBuild.RedlineHarness.Generation;

/// <summary>
/// The vocabulary of generated policies: plain English, Welsh with its circumflexed letters,
/// typographic quotes and dashes, and words joined by a non-breaking space.
/// </summary>
public static class Words
{
    public static readonly string[] Plain =
    [
        "staff", "must", "not", "share", "information", "online", "managers", "approve", "accounts", "the",
        "council", "policy", "officers", "may", "use", "social", "media", "for", "work", "and",
        "personal", "reasons", "with", "care", "posts", "are", "public", "records", "of", "a",
        "review", "every", "year", "training", "is", "required", "before", "access", "given", "to",
    ];

    public static readonly string[] Special =
    [
        "Cymraeg", "llyfrgell", "gŵyl", "dŷ", "tŷ’r", "“quoted”", "‘single’", "–", "—", "café", "naïve",
        "don’t", "5.12", "24/7", "e-mail", "£100", "50%", "ŵyr", "Ynys\u00a0Môn", "Part\u00a0II", "…", "&",
    ];

    public static readonly string[] Slugs =
    [
        "purpose", "scope", "training", "accounts", "conduct", "security", "privacy", "records", "review", "contacts",
    ];

    public static readonly string[] Titles =
    [
        "Introduction", "Scope", "Training", "Personal use", "Business use", "Security", "Records", "Review", "Gwasanaethau", "Roles",
    ];
}
