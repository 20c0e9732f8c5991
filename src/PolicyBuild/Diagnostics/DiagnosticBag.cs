namespace PolicyBuild.Diagnostics;

/// <summary>Collects problems while loading so one run reports all of them, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Error(SourceLocation location, string message) => _items.Add(Diagnostic.Error(location, message));

    public void Warning(SourceLocation location, string message) => _items.Add(Diagnostic.Warning(location, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Stops the pipeline when anything is an error.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new PolicyBuildException(_items.Where(d => d.Severity == Severity.Error).ToList());
        }
    }
}
