namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>
/// LibreOffice (<c>soffice</c>) or a Python 3 with the <c>uno</c> module is not installed.
/// The message says what is missing and how to install it.
/// </summary>
public sealed class LibreOfficeNotFoundException : LibreOfficeException
{
    /// <summary>The install instructions appended to every message.</summary>
    public const string InstallHint =
        "Install it with: sudo apt-get install -y libreoffice-writer-nogui python3-uno " +
        "(or run scripts/install-deps.sh from the repository root). " +
        "Set PYTHON_UNO to use a Python 3 other than /usr/bin/python3.";

    /// <summary>Creates the exception; <paramref name="what"/> says what was not found.</summary>
    public LibreOfficeNotFoundException(string what)
        : base($"LibreOffice is required but not usable: {what}. {InstallHint}")
    {
    }
}
