namespace PolicyBuild.Publishing.Outputs;

/// <summary>The file format of an output, as manifest.json names it: its extension without the dot.</summary>
public static class OutputFormat
{
    public const string Docx = "docx";
    public const string Pdf = "pdf";
    public const string Html = "html";
    public const string Json = "json";

    public static string Of(string path) => Path.GetExtension(path).TrimStart('.').ToLowerInvariant();

    /// <summary>The same output in another format: <c>x/policy.docx</c> → <c>x/policy.pdf</c>.</summary>
    public static string ChangeTo(string path, string format) => Path.ChangeExtension(path, format);
}
