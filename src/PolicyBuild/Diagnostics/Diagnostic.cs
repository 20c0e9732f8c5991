namespace PolicyBuild.Diagnostics;

/// <summary>One problem found in the input, located so an author can jump to it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(SourceLocation location, string message) => new(Severity.Error, location, message);

    /// <summary>An error that belongs to no file, printed <c>error: message</c>.</summary>
    public static Diagnostic Error(string message) => new(Severity.Error, SourceLocation.None, message);

    public static Diagnostic Warning(SourceLocation location, string message) => new(Severity.Warning, location, message);

    /// <summary>The compiler-style form editors understand: <c>file:line:col: error: message</c>.</summary>
    public override string ToString() =>
        $"{(Location.IsNone ? string.Empty : $"{Location}: ")}{(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}

public enum Severity
{
    Warning,
    Error,
}
