namespace PolicyBuild.Publishing.Outputs;

/// <summary>The kinds of output a run writes, as <see cref="OutputFile.Kind"/> and in manifest.json.</summary>
public static class OutputKinds
{
    public const string Policy = "policy";
    public const string MarkedRevisions = "marked-revisions";
    public const string Changes = "changes";
    public const string Report = "report";
    public const string Pack = "pack";
    public const string Manifest = "manifest";
}
