namespace PolicyBuild.Model;

public enum ReferenceKind
{
    Section,
    Clause,
}

/// <summary>What a cross-reference resolves to: "clause 5.12" or "section 6".</summary>
public sealed record ReferenceTarget(string Id, ReferenceKind Kind, string Number)
{
    public string Label => Kind == ReferenceKind.Clause ? "clause" : "section";
}
