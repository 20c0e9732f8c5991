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

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
