namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>
/// LibreOffice (<c>soffice</c>) or a Python 3 with the <c>uno</c> module is not installed.
/// The message says what is missing and how to install it.
/// </summary>
public sealed class LibreOfficeNotFoundException : LibreOfficeException
{
    /// <summary>The install instructions appended to every message.</summary>
    public const string InstallHint =
        // The full Writer, not -nogui: -nogui lacks the UI files soffice needs to lay out comments.
        "Install it with: sudo apt-get install -y libreoffice-writer python3-uno " +
        "(LibreOffice 25.2 or later; on Debian bookworm add -t bookworm-backports, " +
        "or run scripts/install-deps.sh from the repository root). " +
        "Set PYTHON_UNO to use a Python 3 other than /usr/bin/python3.";

    /// <summary>Creates the exception; <paramref name="what"/> says what was not found.</summary>
    public LibreOfficeNotFoundException(string what)
        : base($"LibreOffice is required but not usable: {what}. {InstallHint}")
    {
    }
}
