namespace PolicyBuild.Tests.Safety;

/// <summary>Wrong command lines (exit 2) and output folders a run cannot or may not write (exit 1).</summary>
public static class OptionAndWriteCases
{
    public static IEnumerable<HostileCase> All()
    {
        foreach (var value in new[] { "abc", "99999999999999999999", "4294968", "0", "-5", "1.5" })
        {
            yield return new($"build: --pdf-timeout {value}", _ => { }, b => HostileCase.Build(b, "--pdf-timeout", value), 2,
                $"--pdf-timeout must be a whole number of seconds from 1 to 86400, not '{value}'", Located: false);
        }

        yield return new("build: --baseline ''", _ => { }, b => HostileCase.Build(b, "--baseline", ""), 2, "--baseline must name a policy folder or a git revision", Located: false);
        yield return new("diff: --baseline ''", _ => { }, b => ["diff", b.Policy, "--baseline", ""], 2, "--baseline must name a policy folder or a git revision", Located: false);
        yield return new("build: --baseline=--output=x", _ => { }, b => HostileCase.Build(b, "--baseline=--output=x"), 2, "(it starts with '-')", Located: false);
        yield return new("build: --author with U+0001", _ => { }, b => HostileCase.Build(b, "--author", "Eve\u0001"), 2, "--author holds the control character U+0001", Located: false);
        yield return new("build: --out ''", _ => { }, b => ["build", b.Policy, "--out", "", "--templates", b.Templates], 2, "--out must name a folder", Located: false);
        yield return new("reference-docx: onto a folder", b => Directory.CreateDirectory(b.Combine("styles")), b => ["reference-docx", b.Combine("styles")], 2, "is a folder: name the file to write", Located: false);

        yield return new("build: --out is a file", b => b.Write("out", Sandbox.Secret), b => HostileCase.Build(b), 1, "is a file, not a folder", Located: false);
        yield return new("build: the policy's output folder is a file", b => b.Write("out/test-policy", Sandbox.Secret), b => HostileCase.Build(b), 1,
            "test-policy is a file", Located: false, MayChange: "out/.test-policy.lock");
        yield return new("build: the policy's output folder links outside", b =>
        {
            Directory.CreateDirectory(b.Out);
            b.Link("out/test-policy", b.Outside);
        }, b => HostileCase.Build(b), 1, "is a symbolic link", Located: false, MayChange: "out/.test-policy.lock");
        yield return new("build: the output folder holds someone's notes", b => b.Write("out/test-policy/notes.txt", Sandbox.Secret), b => HostileCase.Build(b), 1,
            "holds notes.txt, which a build does not write", Located: false, MayChange: "out/.test-policy.lock");
        yield return new("build: the output folder holds a sub-folder", b => b.Write("out/test-policy/drafts/x.docx", Sandbox.Secret), b => HostileCase.Build(b), 1,
            "holds drafts, which a build does not write", Located: false, MayChange: "out/.test-policy.lock");
        yield return new("build: --out is read-only", b => b.MakeReadOnly("out"), b => HostileCase.Build(b), 1, "cannot write the outputs in", Located: false);
        yield return new("build: two policies with one short-name", b => TestSupport.DirectoryCopy.Copy(b.Policy, b.Combine("twin")),
            b => ["build", b.Policy, b.Combine("twin"), "--out", b.Out, "--templates", b.Templates], 1, "have the same short-name 'test-policy'", Located: false);
        yield return new("build: reference.docx is not a zip", b => b.Write("templates/reference.docx", "not a zip"), b => HostileCase.Build(b), 1, "reference.docx:1:1: error: not a readable Word document (.docx): the zip package is damaged");
        yield return new("build: reference.docx with a DTD in its styles", b => b.WriteBytes("templates/reference.docx", HostileDocx.WithDtdIn("word/styles.xml")),
            b => HostileCase.Build(b), 1, "reference.docx:1:1: error: the document's part word/styles.xml is refused: it declares a DTD");
    }
}
