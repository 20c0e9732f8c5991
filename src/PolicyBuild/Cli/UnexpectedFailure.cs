namespace PolicyBuild.Cli;

/// <summary>
/// Words an exception no command handled as one line a user can act on; the type and stack trace
/// are for <c>--verbose</c>, never the default output.
/// </summary>
public static class UnexpectedFailure
{
    public static string Describe(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions: [var only] } => Describe(only),
        UnauthorizedAccessException => $"permission denied: {exception.Message}",
        IOException => $"file system: {exception.Message}",
        OutOfMemoryException => "out of memory: the input is larger than the build can hold",
        OperationCanceledException => "cancelled",
        _ => $"unexpected failure ({exception.GetType().Name}): {exception.Message} — run with --verbose for the details and report it",
    };
}
