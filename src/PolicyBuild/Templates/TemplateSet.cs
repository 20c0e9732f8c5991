namespace PolicyBuild.Templates;

/// <summary>The <c>templates/</c> folder: Scriban templates and the reference documents.</summary>
public sealed record TemplateSet(string Root)
{
    public const string PolicyTemplate = "policy/policy.sbn";
    public const string ReferenceDocument = "reference.docx";
    public const string ReportReferenceDocument = "committee-report/reference.docx";

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Finds <c>templates/</c> next to the policy sources or the current directory.</summary>
    public static TemplateSet Locate(string? explicitRoot, string policySourceRoot)
    {
        if (explicitRoot is not null)
        {
            return new TemplateSet(Path.GetFullPath(explicitRoot));
        }

        foreach (var start in new[] { policySourceRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates");
                if (File.Exists(Path.Combine(candidate, PolicyTemplate)))
                {
                    return new TemplateSet(candidate);
                }
            }
        }

        return new TemplateSet(Path.GetFullPath("templates"));
    }
}
