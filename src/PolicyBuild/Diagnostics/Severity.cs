namespace PolicyBuild.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
