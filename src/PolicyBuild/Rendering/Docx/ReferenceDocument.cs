using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// The house style: styles taken from a reference .docx (like pandoc's reference document).
/// Styles the writer needs but the reference lacks are taken from the built-in default,
/// so a council's own reference document only has to restyle what it cares about.
/// </summary>
public sealed class ReferenceDocument
{
    private ReferenceDocument(Styles styles) => Styles = styles;

    public Styles Styles { get; }

    public static ReferenceDocument Default() => new(DefaultStyles());

    /// <param name="display">How messages name the file; default: the path.</param>
    public static ReferenceDocument Load(string path, string? display = null)
    {
        var location = new SourceLocation(display ?? path);
        if (!File.Exists(path))
        {
            throw new PolicyBuildException(location,
                "reference document not found: run 'policybuild reference-docx' to write the default one");
        }

        Styles? styles;
        try
        {
            // A council's file, read within limits like any Word document from elsewhere.
            var bytes = File.ReadAllBytes(path);
            WordPackageLimits.Check(bytes, location);
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            styles = document.MainDocumentPart?.StyleDefinitionsPart?.Styles?.CloneNode(true) as Styles;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or IOException or InvalidDataException or System.Xml.XmlException
                                       or InvalidOperationException or FormatException or NotSupportedException)
        {
            throw new PolicyBuildException(location, $"reference document is not a readable .docx: {ex.Message}");
        }

        if (styles is null)
        {
            throw new PolicyBuildException(location, "reference document has no styles part");
        }

        AddMissing(styles, DefaultStyles());
        return new ReferenceDocument(styles);
    }

    /// <summary>A copy of the styles with the document language set (spell-checking and screen readers use it).</summary>
    public Styles StylesFor(string language)
    {
        var styles = (Styles)Styles.CloneNode(true);
        var defaults = styles.DocDefaults ??= new DocDefaults();
        var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var properties = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        properties.Languages = new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" };
        return styles;
    }

    private static void AddMissing(Styles target, Styles defaults)
    {
        var present = target.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var style in defaults.Elements<Style>().Where(s => s.StyleId?.Value is { } id && !present.Contains(id)))
        {
            target.Append(style.CloneNode(true));
        }
    }

    private static Styles DefaultStyles()
    {
        using var stream = typeof(ReferenceDocument).Assembly.GetManifestResourceStream("PolicyBuild.DefaultStyles.xml")
            ?? throw new InvalidOperationException("default styles resource missing from the build");
        using var reader = new StreamReader(stream);
        return new Styles(System.Xml.Linq.XDocument.Parse(reader.ReadToEnd()).Root!.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
    }
}
