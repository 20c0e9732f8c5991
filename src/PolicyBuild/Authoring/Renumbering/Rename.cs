namespace PolicyBuild.Authoring.Renumbering;

/// <summary>One file or folder of a policy to rename; paths relative to the policy folder, with '/'.</summary>
public sealed record Rename(string From, string To)
{
    public override string ToString() => $"{From} → {To}";
}
