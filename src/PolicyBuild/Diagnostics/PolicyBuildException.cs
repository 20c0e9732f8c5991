namespace PolicyBuild.Diagnostics;

/// <summary>Raised when input is wrong; carries every located problem found so far.</summary>
public sealed class PolicyBuildException : Exception
{
    public PolicyBuildException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public PolicyBuildException(SourceLocation location, string message)
        : this([Diagnostic.Error(location, message)])
    {
    }

    /// <summary>An error that belongs to no file (printed <c>error: message</c>).</summary>
    public PolicyBuildException(string message)
        : this([Diagnostic.Error(message)])
    {
    }

    public PolicyBuildException(IReadOnlyList<Diagnostic> diagnostics, Exception inner)
        : base(string.Join(Environment.NewLine, diagnostics), inner)
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
