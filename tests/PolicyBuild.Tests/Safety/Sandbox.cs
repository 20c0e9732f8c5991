using System.Security.Cryptography;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Safety;

/// <summary>
/// A folder for one hostile run: a small policy (<c>policy/</c>), a copy of the templates
/// (<c>templates/</c>), an output folder (<c>out/</c>) and, beside them, <c>outside/</c> with files
/// the run must never read or change. <see cref="Snapshot"/> records every entry, links included
/// (not followed), so a test can assert that nothing changed where the run may not write.
/// </summary>
public sealed class Sandbox : IDisposable
{
    /// <summary>Text of every file outside: if it shows up in an output or message, the run read it.</summary>
    public const string Secret = "TOP SECRET: not for any document";

    private readonly TempDirectory _temp = new();
    private readonly List<string> _immutable = [];

    public Sandbox()
    {
        new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "This policy sets out the rules."), ("scope", "It applies to all staff."))
            .Section("rules", "Rules", ("conduct", "Staff must be polite."))
            .WriteTo(Policy);
        DirectoryCopy.Copy(RepositoryPaths.Templates, Templates);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.md"), Secret + "\n");
        File.WriteAllText(Path.Combine(Outside, "secret.sbn"), Secret + "\n");
        File.WriteAllText(Path.Combine(Outside, "important.docx"), Secret);
        Directory.CreateDirectory(Path.Combine(Outside, "99-linked"));
        File.WriteAllText(Path.Combine(Outside, "99-linked", "_section.md"), "# Linked\n");
        File.WriteAllText(Path.Combine(Outside, "99-linked", "10-leak.md"), Secret + "\n");
    }

    public string Root => _temp.Path;

    public string Policy => _temp.Combine("policy");

    public string Templates => _temp.Combine("templates");

    public string Out => _temp.Combine("out");

    public string Outside => _temp.Combine("outside");

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public string Write(string relative, string text)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A symbolic link at <paramref name="relative"/> to <paramref name="target"/> (absolute, or relative to the link's folder).</summary>
    public void Link(string relative, string target)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>Every entry below the sandbox: a file's hash, a link's target, or "folder".</summary>
    public IReadOnlyDictionary<string, string> Snapshot()
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Root]);
        while (pending.Count > 0)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(pending.Pop()))
            {
                var relative = Path.GetRelativePath(Root, entry);
                var info = new FileInfo(entry);
                if (info.LinkTarget is { } target)
                {
                    entries[relative] = "link " + target;
                }
                else if (Directory.Exists(entry))
                {
                    entries[relative] = "folder";
                    pending.Push(entry);
                }
                else
                {
                    entries[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
                }
            }
        }

        return entries;
    }

    /// <summary>Makes a folder read-only even for root (<see cref="Chattr"/>) until the sandbox is disposed.</summary>
    public void MakeReadOnly(string relative)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(path);
        Chattr.MakeImmutable(path);
        _immutable.Add(path);
    }

    public void Dispose()
    {
        _immutable.ForEach(Chattr.Clear);
        _temp.Dispose();
    }
}
