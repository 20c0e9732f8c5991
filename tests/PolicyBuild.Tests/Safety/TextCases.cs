namespace PolicyBuild.Tests.Safety;

/// <summary>Text no document can hold, YAML that ends mid-way, Markdown that is not policy text.</summary>
public static class TextCases
{
    private const string Clause = "policy/10-intro/10-purpose.md";

    public static IEnumerable<HostileCase> All()
    {
        var illegal = new (string Name, string Text, string Message)[]
        {
            ("U+0001 in a clause", "Staff \u0001 must.", "10-purpose.md:1:7: error: the control character U+0001 cannot appear"),
            ("U+FFFE in a clause", "Line one.\n\nStaff \uFFFE must.", "10-purpose.md:3:7: error: the non-character U+FFFE cannot appear"),
            ("0x1E in a clause title", "---\ntitle: Pur\u001Epose\n---\nText.", "10-purpose.md:2:11: error: the control character U+001E"),
        };
        foreach (var (name, text, message) in illegal)
        {
            foreach (var c in HostileCase.BuildAndCheck(name, b => b.Write(Clause, text), message))
            {
                yield return c;
            }
        }

        foreach (var c in HostileCase.BuildAndCheck("U+0001 in the policy title", b => Edit(b, "policy/policy.yml", "title: Test Policy", "title: Test \u0001Policy"), "policy.yml:1:13: error: the control character U+0001"))
        {
            yield return c;
        }

        foreach (var c in HostileCase.BuildAndCheck("invalid UTF-8 in policy.yml", b => b.WriteBytes("policy/policy.yml",
            [.. File.ReadAllBytes(Path.Combine(b.Policy, "policy.yml")).Take(7), 0xFF, 0xFE, .. File.ReadAllBytes(Path.Combine(b.Policy, "policy.yml")).Skip(7)]),
            "policy.yml:1:8: error: the file is not valid UTF-8"))
        {
            yield return c;
        }

        yield return new("check: a surrogate encoded in UTF-8 (CESU) in a clause", b => b.WriteBytes(Clause, [0x41, 0x0A, 0x42, 0xED, 0xA0, 0x80]),
            HostileCase.Check, 1, "10-purpose.md:2:2: error: the file is not valid UTF-8");
        yield return new("build: U+0001 in a template", b => Edit(b, "templates/policy/policy.sbn", "{{ policy.title }}", "{{ policy.title }}\u0001"),
            b => HostileCase.Build(b), 1, "policy.sbn:4:19: error: the control character U+0001");
        yield return new("build: a template that makes U+0001", b => Edit(b, "templates/policy/policy.sbn", "{{ policy.title }}", "{{ policy.title }}{{ \"\\x01\" }}"),
            b => HostileCase.Build(b), 1, "policy.sbn (output):");
        yield return new("build: U+0001 in a report part", b =>
        {
            PathCases.WriteReport(b);
            b.Write("policy/reports/2025-01/purpose.md", "To \u0001 decide.");
        }, b => HostileCase.Build(b), 1, "purpose.md:1:4: error: the control character U+0001");
        yield return new("check: a clause over 16 MB", b => b.Write(Clause, new string('a', 17 * 1024 * 1024)), HostileCase.Check, 1, "source files are at most 16 MB");
        yield return new("check: policy.yml is a folder", b =>
        {
            File.Delete(Path.Combine(b.Policy, "policy.yml"));
            Directory.CreateDirectory(Path.Combine(b.Policy, "policy.yml"));
        }, HostileCase.Check, 1, "policy.yml");

        foreach (var (command, args) in Commands())
        {
            yield return new($"{command}: policy.yml ending inside '['", b => b.Write("policy/policy.yml", "title: [Test"), args, 1, "policy.yml:1:13: error: invalid YAML");
        }

        yield return new("build: front matter ending inside '['", b => b.Write(Clause, "---\ntitle: [Purpose\n---\nText."), b => HostileCase.Build(b), 1, "10-purpose.md:");
        yield return new("build: report.yml ending inside '['", b =>
        {
            PathCases.WriteReport(b);
            b.Write("policy/reports/2025-01/report.yml", "committee: [Test");
        }, b => HostileCase.Build(b), 1, "report.yml:");
        yield return new("build: a baseline's policy.yml ending inside '['", b =>
        {
            b.Write("policy/baselines/v1/policy.yml", "title: [");
        }, b => HostileCase.Build(b, "--baseline", Path.Combine(b.Policy, "baselines", "v1")), 1, "v1/policy.yml:");
        yield return new("build: a clause title that opens a template block", b => b.Write(Clause, "---\ntitle: \"::: toc\"\n---\nText."), b => HostileCase.Build(b), 1,
            "10-purpose.md:2:8: error: 'title' cannot start with ':::'");
        yield return new("check: a two-line title", b => Edit(b, "policy/policy.yml", "title: Test Policy", "title: |\n  Test\n  ::: toc"), HostileCase.Check, 1, "'title' must be one line");

        var markdown = new (string Name, string Text, string Message)[]
        {
            ("10,000 nested quotes", new string('>', 10_000) + " deep", "10-purpose.md:1:1: error: the text is nested too deeply"),
            ("10,000 nested list levels", string.Concat(Enumerable.Repeat("- ", 10_000)) + "x", "the text is nested too deeply"),
            ("a raw HTML block", "Text.\n\n<div>raw</div>", "10-purpose.md:3:1: error: raw HTML cannot go into a Word document"),
            ("a heading inside a clause", "Text.\n\n## Heading", "10-purpose.md:3:1: error: a heading inside a clause"),
            ("a ':::' block inside a clause", "Text.\n\n::: clause {#evil number=9.9}\nInjected\n:::", "10-purpose.md:3:1: error: ':::' lines belong to the template"),
            ("an image", "See ![x](a.png).", "10-purpose.md:1:5: error: images are not supported"),
            ("a javascript: link", "See [x](javascript:alert(1)).", "10-purpose.md:1:5: error: link target 'javascript:alert(1)' is refused"),
            ("a JAVASCRIPT: autolink", "See <JAVASCRIPT:alert(1)>.", "link target 'JAVASCRIPT:alert(1)' is refused"),
            ("a data: link by reference", "See [x].\n\n[x]: data:text/html,hi", "link target 'data:text/html,hi' is refused"),
            ("a vbscript: link", "See [x](vbscript:msgbox).", "link target 'vbscript:msgbox' is refused"),
        };
        foreach (var (name, text, message) in markdown)
        {
            foreach (var c in HostileCase.BuildAndCheck(name, b => b.Write(Clause, text), message))
            {
                yield return c;
            }
        }
    }

    private static IEnumerable<(string Command, Func<Sandbox, string[]> Args)> Commands() =>
    [
        ("build", b => HostileCase.Build(b)),
        ("check", HostileCase.Check),
        ("renumber", b => ["renumber", b.Policy]),
        ("diff", b => ["diff", b.Policy, "--baseline", b.Policy, "--templates", b.Templates]),
    ];

    private static void Edit(Sandbox box, string relative, string find, string replace)
    {
        var path = box.Combine(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }
}
