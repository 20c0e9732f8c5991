namespace PolicyBuild.Publishing.Outputs;

/// <summary>What one <c>build</c> or <c>publish</c> run was asked for.</summary>
/// <param name="OutputRoot">The output folder (<c>--out</c>); each policy's outputs go in a folder named by its short name inside it.</param>
/// <param name="Baseline">A folder or git revision; overrides policy.yml's <c>baseline</c>.</param>
/// <param name="Author">Who the tracked changes are attributed to (<c>--author</c>); overrides policy.yml and the last commit.</param>
/// <param name="Date">The date of the tracked changes (<c>--date</c>); overrides policy.yml and the last commit.</param>
public sealed record BuildOptions(string OutputRoot, string? Baseline = null, string? Author = null, DateTimeOffset? Date = null)
{
    /// <summary>The default limit for converting one document to PDF.</summary>
    public static readonly TimeSpan DefaultPdfTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Also write HTML of the clean policy and, with a baseline, of the marked appendix.</summary>
    public bool Html { get; init; }

    /// <summary>Also convert every .docx of the run to a tagged PDF.</summary>
    public bool Pdf { get; init; }

    /// <summary>False for <c>publish</c> without <c>--draft</c>: a draft policy is then refused.</summary>
    public bool AllowDrafts { get; init; } = true;

    /// <summary>Accessibility warnings fail the run like errors.</summary>
    public bool Strict { get; init; }

    /// <summary>The limit for converting one document to PDF; LibreOffice is restarted after a timeout.</summary>
    public TimeSpan PdfTimeout { get; init; } = DefaultPdfTimeout;

    /// <summary>Told how long each step of a build took (load, layout, redline, docx), for <c>--verbose</c>; null when nobody asks.</summary>
    public Action<string, TimeSpan>? StepTimed { get; init; }

    /// <summary>Told what a long run is doing ("building x (1/3)", "pdf: x.docx (2/4)"); null when nobody shows progress.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>
    /// True when the run publishes (PDF or HTML): documents are then checked for accessibility and a
    /// manifest.json lists every output. A plain build writes only the Word documents and changes.json.
    /// </summary>
    public bool Publishes => Html || Pdf;
}
