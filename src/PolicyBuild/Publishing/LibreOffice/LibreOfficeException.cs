namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>LibreOffice, or the bridge that drives it, failed to carry out a request.</summary>
public class LibreOfficeException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public LibreOfficeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LibreOfficeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
