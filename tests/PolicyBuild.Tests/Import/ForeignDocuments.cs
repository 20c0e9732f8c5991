using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>The documents pandoc and LibreOffice wrote (see Foreign/README.md).</summary>
public static class ForeignDocuments
{
    public static string Path(string name) => System.IO.Path.Combine(RepositoryPaths.TestFolder("Import"), "Foreign", name);

    public static byte[] Read(string name) => File.ReadAllBytes(Path(name));

    public static TheoryData<string> Writers => new() { "pandoc", "libreoffice" };
}
