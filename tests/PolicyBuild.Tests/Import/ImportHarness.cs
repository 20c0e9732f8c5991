using PolicyBuild.Import;
using PolicyBuild.Markdown;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>Builds a policy's clean .docx in memory, and imports a .docx, with the real pipeline.</summary>
public static class ImportHarness
{
    public static byte[] BuildDocx(string policyDirectory)
    {
        var toolchain = TestToolchain.Create();
        return toolchain.Writer.Write(TestToolchain.Layout(policyDirectory));
    }

    /// <summary>Writes <paramref name="docx"/> into <paramref name="temp"/> and imports it into <c>policy-src/&lt;name&gt;</c> there.</summary>
    public static (ImportResult Result, string Folder) Import(TempDirectory temp, byte[] docx, string name, bool acceptRevisions = false)
    {
        var file = temp.Combine($"{name}.docx");
        File.WriteAllBytes(file, docx);
        var folder = temp.Combine("policy-src", name);
        var result = new WordImporter(PolicyMarkdown.CreatePipeline()).Import(new ImportOptions(file, folder, Force: false, acceptRevisions));
        return (result, folder);
    }

    public static string Read(string folder, string relative) => File.ReadAllText(Path.Combine(folder, relative));
}
