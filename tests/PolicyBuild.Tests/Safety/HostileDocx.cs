using System.IO.Compression;
using System.Text;
using PolicyBuild.Tests.Import;

namespace PolicyBuild.Tests.Safety;

/// <summary>
/// Word packages built to hurt a reader: a DTD in a part, a part that inflates to hundreds of
/// megabytes from a small zip, tables nested thousands deep, a malformed styles part. Each starts
/// from a document that imports cleanly, so only the hostile change can be what is refused.
/// </summary>
public static class HostileDocx
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A small policy that imports: one section, two clauses, a footnote, a core title.</summary>
    public static byte[] Valid()
    {
        var builder = new WordDocumentBuilder().CoreTitle("Hostile Test Policy");
        return builder
            .Heading("1 Introduction")
            .Add(WordDocumentBuilder.Paragraph(null, WordDocumentBuilder.Text("1.1 Staff must be polite."), builder.Footnote("As the code of conduct says.")))
            .Para("1.2 Staff must be on time.")
            .Build();
    }

    /// <summary>The core properties (the title): System.IO.Packaging names the part with a new id each time, so it is found by its extension.</summary>
    public const string CorePropertiesPart = ".psmdcp";

    /// <summary>The valid document with a DOCTYPE declaring an entity put into <paramref name="part"/>.</summary>
    public static byte[] WithDtdIn(string part) => Rewrite(Valid(), part, xml =>
    {
        var declarationEnd = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        return xml[..declarationEnd] + "<!DOCTYPE x [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>" + xml[declarationEnd..];
    });

    /// <summary>word/document.xml inflating to <paramref name="megabytes"/> MB of one run's text.</summary>
    public static byte[] Bomb(int megabytes)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(Valid()), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize);
                using var writer = copy.Open();
                if (entry.FullName != "word/document.xml")
                {
                    entry.Open().CopyTo(writer);
                    continue;
                }

                writer.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>"));
                var block = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
                for (var i = 0; i < megabytes; i++)
                {
                    writer.Write(block);
                }

                writer.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>"));
            }
        }

        return output.ToArray();
    }

    /// <summary>word/document.xml with tables nested <paramref name="depth"/> deep.</summary>
    public static byte[] NestedTables(int depth) => Rewrite(Valid(), "word/document.xml", _ =>
    {
        var text = new StringBuilder($"<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\"><w:body>");
        text.Insert(text.Length, "<w:tbl><w:tr><w:tc>", depth);
        text.Append("<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
        text.Insert(text.Length, "</w:tc></w:tr></w:tbl>", depth);
        return text.Append("</w:body></w:document>").ToString();
    });

    /// <summary>The valid document with <paramref name="part"/> replaced by <paramref name="xml"/>.</summary>
    public static byte[] WithPart(string part, string xml) => Rewrite(Valid(), part, _ => xml);

    public static byte[] Rewrite(byte[] package, string part, Func<string, string> change)
    {
        using var output = new MemoryStream();
        var found = false;
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var content = reader.ReadToEnd();
                if (entry.FullName == part || (part == CorePropertiesPart && entry.FullName.EndsWith(part, StringComparison.Ordinal)))
                {
                    content = change(content);
                    found = true;
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open());
                writer.Write(content);
            }
        }

        return found ? output.ToArray() : throw new ArgumentException($"the document has no part {part}", nameof(part));
    }
}
