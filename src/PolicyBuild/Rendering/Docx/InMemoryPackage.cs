using DocumentFormat.OpenXml.Packaging;

namespace PolicyBuild.Rendering.Docx;

/// <summary>A Word package held in memory, opened to be read.</summary>
public static class InMemoryPackage
{
    /// <summary>
    /// Opens a private copy of the package, editable but never saved. Opened read-only, the SDK first
    /// copies the package into a file in the temporary folder, so that it can rewrite malformed link
    /// addresses, and deletes the file only when the document is disposed: a run that ended meanwhile
    /// (a policy with errors, while the reference document was loading on another thread) left it there.
    /// Editable, it rewrites them in the copy.
    /// </summary>
    public static WordprocessingDocument Open(byte[] bytes)
    {
        var copy = new MemoryStream(bytes.Length);
        copy.Write(bytes);
        copy.Position = 0;
        return WordprocessingDocument.Open(copy, isEditable: true, new OpenSettings { AutoSave = false });
    }
}
