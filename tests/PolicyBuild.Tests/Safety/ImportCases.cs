namespace PolicyBuild.Tests.Safety;

/// <summary>Word documents from anywhere, and folders import must never replace.</summary>
public static class ImportCases
{
    public static IEnumerable<HostileCase> All()
    {
        foreach (var part in new[] { "word/styles.xml", "word/footnotes.xml", "word/numbering.xml", HostileDocx.CorePropertiesPart, "word/document.xml", "[Content_Types].xml" })
        {
            yield return Import($"a DTD in {part}", () => HostileDocx.WithDtdIn(part), $"{part} is refused: it declares a DTD");
        }

        yield return Import("a malformed styles part", () => HostileDocx.WithPart("word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style>"),
            "the document's part word/styles.xml is refused: it is not well-formed XML");
        yield return Import("a styles part of the wrong kind", () => HostileDocx.WithPart("word/styles.xml", "<x:nothing xmlns:x=\"urn:x\"/>"), "not a readable Word document (.docx)");
        yield return Import("a 200 MB document.xml in a small zip", () => HostileDocx.Bomb(200), "the document's part word/document.xml is refused: it inflates past 128 MB");
        yield return Import("tables nested 10,000 deep", () => HostileDocx.NestedTables(10_000), "the document's part word/document.xml is refused: elements are nested more than 256 deep");

        yield return new("import: --to . --force in a repository holding the document", b =>
        {
            b.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
            b.WriteBytes("repo/policy.docx", HostileDocx.Valid());
            b.Write("repo/notes.txt", Sandbox.Secret);
        }, b => ["import", b.Combine("repo", "policy.docx"), "--to", b.Combine("repo"), "--force"], 2, "the target folder holds the document being imported");
        yield return new("import: --force onto a repository", b =>
        {
            b.WriteBytes("policy.docx", HostileDocx.Valid());
            b.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
            b.Write("repo/policy.yml", "title: x\n");
        }, b => ["import", b.Combine("policy.docx"), "--to", b.Combine("repo"), "--force"], 2, "--force replaces only a policy folder as import writes it");
        yield return new("import: --force onto a folder of other files", b =>
        {
            b.WriteBytes("policy.docx", HostileDocx.Valid());
            b.Write("work/report.txt", Sandbox.Secret);
        }, b => ["import", b.Combine("policy.docx"), "--to", b.Combine("work"), "--force"], 2, "no policy.yml, so it is not a policy folder");
        yield return new("import: --force onto a policy with a baseline", b =>
        {
            b.WriteBytes("policy.docx", HostileDocx.Valid());
            Directory.CreateDirectory(Path.Combine(b.Policy, "baselines", "v1"));
        }, b => ["import", b.Combine("policy.docx"), "--to", b.Policy, "--force"], 2, "this one holds 'baselines'");
        yield return new("import: --to a file", b =>
        {
            b.WriteBytes("policy.docx", HostileDocx.Valid());
            b.Write("target", Sandbox.Secret);
        }, b => ["import", b.Combine("policy.docx"), "--to", b.Combine("target")], 2, "the target is a file");
    }

    private static HostileCase Import(string name, Func<byte[]> docx, string message) =>
        new($"import: {name}", b => b.WriteBytes("hostile.docx", docx()), b => ["import", b.Combine("hostile.docx"), "--to", b.Combine("imported")], 1, message);
}
