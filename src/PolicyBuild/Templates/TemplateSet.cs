using PolicyBuild.Diagnostics;

namespace PolicyBuild.Templates;

/// <summary>The <c>templates/</c> folder: Scriban templates and the reference documents.</summary>
public sealed record TemplateSet(string Root)
{
    public const string PolicyTemplate = "policy/policy.sbn";
    public const string ReferenceDocument = "reference.docx";
    public const string ReportReferenceDocument = "committee-report/reference.docx";

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Templates, partials and reference documents are read only from inside this folder, links resolved.</summary>
    public FolderBoundary Boundary => new(Root, "the templates folder");

    /// <summary>
    /// The real path of a file of the set, checked to lie inside it (no <c>..</c>, no absolute name, no
    /// link out).
    /// </summary>
    /// <param name="relative">The file's name as written, relative to the templates folder.</param>
    /// <param name="namedAt">Where the name was written (a template, report.yml), to locate an error.</param>
    /// <param name="kind">How the name is used, for the message: "include", "template".</param>
    public string Resolve(string relative, SourceLocation namedAt, string kind = "template")
    {
        if (Path.IsPathRooted(relative) || relative.Split('/', '\\').Contains(".."))
        {
            throw new PolicyBuildException(namedAt, $"{kind} '{relative}' must be a path inside the templates folder (no '..', no absolute path)");
        }

        var path = PathOf(relative);
        return Boundary.Resolve(path, DisplayPath.Of(path), mustExist: false);
    }

    /// <summary>A template's text, checked like every source file (<see cref="SourceText"/>).</summary>
    public string ReadText(string relative, SourceLocation namedAt)
    {
        var real = Resolve(relative, namedAt);
        var display = DisplayPath.Of(PathOf(relative));
        return File.Exists(real)
            ? SourceText.Read(real, display)
            : throw new PolicyBuildException(namedAt, $"template not found: create {display} or pass --templates");
    }

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
