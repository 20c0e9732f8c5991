namespace PolicyBuild.Publishing.Outputs;

/// <summary>Publishing stopped: an output failed a check or could not be converted. Nothing was written.</summary>
public sealed class PublishException : Exception
{
    public PublishException(IReadOnlyList<PublishIssue> issues)
        : base(string.Join(Environment.NewLine, issues))
    {
        Issues = issues;
    }

    public PublishException(PublishIssue issue)
        : this([issue])
    {
    }

    /// <summary>Every issue found, errors first as they were found; may include the warnings printed with them.</summary>
    public IReadOnlyList<PublishIssue> Issues { get; }
}
