using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PolicyBuild.Diagnostics;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Import.Word;

/// <summary>
/// Opens the document to import, read-only and in memory, and explains the usual ways a file is
/// not a .docx: not a zip at all, an old binary .doc, or a password-protected (encrypted) file.
/// </summary>
internal static class WordPackage
{
    // An OLE compound file: both old .doc files and encrypted OOXML packages are one.
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    // An encrypted package keeps the real .docx in a stream of this name (names are UTF-16).
    private static readonly byte[] EncryptedStream = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static WordprocessingDocument Open(string path)
    {
        var location = new SourceLocation(path);
        if (!File.Exists(path))
        {
            throw new PolicyBuildException(location, Directory.Exists(path) ? "this is a folder, not a Word document" : "file not found");
        }

        if (new FileInfo(path).Length > Rendering.Docx.WordPackageLimits.MaxFileBytes)
        {
            throw new PolicyBuildException(location, $"the document is over {Rendering.Docx.WordPackageLimits.MaxFileBytes / (1024 * 1024)} MB: too large to be a policy");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().StartsWith(CompoundFile))
        {
            throw new PolicyBuildException(location, bytes.AsSpan().IndexOf(EncryptedStream) >= 0
                ? "the document is password-protected (encrypted): open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password), save it and import it again"
                : "this is an old binary Word document (.doc), not a .docx: open it in Word or LibreOffice, save it as Word Document (.docx) and import that");
        }

        if (!bytes.AsSpan().StartsWith(Zip))
        {
            throw new PolicyBuildException(location, "not a Word document: a .docx file is a zip package, and this file is not one");
        }

        Rendering.Docx.WordPackageLimits.Check(bytes, location);
        try
        {
            var document = InMemoryPackage.Open(bytes);
            if (document.MainDocumentPart?.Document?.Body is null)
            {
                document.Dispose();
                throw new PolicyBuildException(location, "not a Word document: the zip package has no word/document.xml");
            }

            return document;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException
                                       or XmlException or InvalidOperationException or NotSupportedException)
        {
            throw new PolicyBuildException(location, $"not a readable Word document (.docx): {ex.Message}");
        }
    }
}
