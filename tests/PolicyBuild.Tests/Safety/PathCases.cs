namespace PolicyBuild.Tests.Safety;

/// <summary>Reads and writes outside the folders a run may use: short names, links, includes.</summary>
public static class PathCases
{
    private const string Outside = "outside the policy folder";

    public static IEnumerable<HostileCase> All()
    {
        foreach (var name in new[] { "../../escaped", "/srv/shared/Important", "Social Media", "..", "a/b" })
        {
            foreach (var c in HostileCase.BuildAndCheck($"short-name '{name}'",
                b => b.Write("policy/policy.yml", File.ReadAllText(Path.Combine(b.Policy, "policy.yml")).Replace("short-name: test-policy", $"short-name: \"{name}\"")),
                "'short-name' names the output files, so it must be a slug"))
            {
                yield return c;
            }
        }

        foreach (var c in HostileCase.BuildAndCheck("clause linked to a file outside", b => b.Link("policy/10-intro/25-leak.md", Path.Combine(b.Outside, "secret.md")), Outside))
        {
            yield return c;
        }

        foreach (var c in HostileCase.BuildAndCheck("clause linked relatively out of the folder", b => b.Link("policy/10-intro/25-leak.md", "../../outside/secret.md"), Outside))
        {
            yield return c;
        }

        foreach (var c in HostileCase.BuildAndCheck("section folder linked from outside", b => b.Link("policy/90-linked", Path.Combine(b.Outside, "99-linked")), Outside))
        {
            yield return c;
        }

        yield return new("build: _section.md linked outside", b =>
        {
            File.Delete(Path.Combine(b.Policy, "10-intro", "_section.md"));
            b.Link("policy/10-intro/_section.md", Path.Combine(b.Outside, "99-linked", "_section.md"));
        }, b => HostileCase.Build(b), 1, Outside);
        yield return new("build: policy.yml linked outside", b =>
        {
            File.Copy(Path.Combine(b.Policy, "policy.yml"), Path.Combine(b.Outside, "policy.yml"));
            File.Delete(Path.Combine(b.Policy, "policy.yml"));
            b.Link("policy/policy.yml", Path.Combine(b.Outside, "policy.yml"));
        }, b => HostileCase.Build(b), 1, Outside);
        foreach (var c in HostileCase.BuildAndCheck("dangling clause link", b => b.Link("policy/10-intro/25-gone.md", "30-nowhere.md"), "which does not exist"))
        {
            yield return c;
        }

        yield return new("check: a loop of links", b =>
        {
            b.Link("policy/10-intro/25-a.md", "26-b.md");
            b.Link("policy/10-intro/26-b.md", "25-a.md");
        }, HostileCase.Check, 1, "the chain of symbolic links does not end");
        yield return new("build: template partial linked outside", b =>
        {
            b.Link("templates/policy/_evil.sbn", Path.Combine(b.Outside, "secret.sbn"));
            File.AppendAllText(Path.Combine(b.Templates, "policy", "policy.sbn"), "{{ include 'policy/_evil.sbn' }}\n");
        }, b => HostileCase.Build(b), 1, "outside the templates folder");
        yield return new("build: include with '..'", b =>
            File.AppendAllText(Path.Combine(b.Templates, "policy", "policy.sbn"), "{{ include '../outside/secret.sbn' }}\n"),
            b => HostileCase.Build(b), 1, "include '../outside/secret.sbn' must be a path inside the templates folder");
        yield return new("build: include of an absolute path", b =>
            File.AppendAllText(Path.Combine(b.Templates, "policy", "policy.sbn"), $"{{{{ include '{b.Outside}/secret.sbn' }}}}\n"),
            b => HostileCase.Build(b), 1, "must be a path inside the templates folder");
        yield return new("build: reference.docx linked outside", b =>
        {
            File.Delete(Path.Combine(b.Templates, "reference.docx"));
            b.Link("templates/reference.docx", Path.Combine(b.Outside, "important.docx"));
        }, b => HostileCase.Build(b), 1, "outside the templates folder");
        yield return new("build: report part linked outside", b =>
        {
            WriteReport(b);
            File.Delete(Path.Combine(b.Policy, "reports", "2025-01", "purpose.md"));
            b.Link("policy/reports/2025-01/purpose.md", Path.Combine(b.Outside, "secret.md"));
        }, b => HostileCase.Build(b), 1, Outside);
        yield return new("build: report template outside the templates folder", b =>
        {
            WriteReport(b);
            var yml = Path.Combine(b.Policy, "reports", "2025-01", "report.yml");
            File.WriteAllText(yml, File.ReadAllText(yml).Replace("template: committee-report/report.sbn", "template: ../outside/secret.sbn"));
        }, b => HostileCase.Build(b), 1, "must be a path inside the templates folder");
        yield return new("build: a baseline's clause linked outside it", b =>
        {
            CopyPolicy(b.Policy, Path.Combine(b.Policy, "baselines", "v1"));
            b.Link("policy/baselines/v1/10-intro/25-leak.md", Path.Combine(b.Outside, "secret.md"));
        }, b => HostileCase.Build(b, "--baseline", Path.Combine(b.Policy, "baselines", "v1")), 1, Outside);
    }

    /// <summary>A committee report item with every required part, from the repository's sample.</summary>
    public static void WriteReport(Sandbox box)
    {
        var sample = Path.Combine(TestSupport.RepositoryPaths.SamplePolicy, "reports", "2021-07-hr");
        TestSupport.DirectoryCopy.Copy(sample, Path.Combine(box.Policy, "reports", "2025-01"));
    }

    private static void CopyPolicy(string policy, string target)
    {
        foreach (var file in Directory.GetFiles(policy, "*", SearchOption.AllDirectories).Where(f => !f.Contains("baselines", StringComparison.Ordinal)))
        {
            var to = Path.Combine(target, Path.GetRelativePath(policy, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
