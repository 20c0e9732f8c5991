namespace PolicyBuild.Diagnostics;

/// <summary>One problem found in the input, located so an author can jump to it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(SourceLocation location, string message) => new(Severity.Error, location, message);

    public static Diagnostic Warning(SourceLocation location, string message) => new(Severity.Warning, location, message);

    /// <summary>The compiler-style form editors understand: <c>file:line:col: error: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
