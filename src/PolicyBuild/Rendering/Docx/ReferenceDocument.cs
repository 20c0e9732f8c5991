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
    private readonly System.Threading.Lock _gate = new();
    private readonly Dictionary<(string Language, bool Marked), byte[]> _stylesParts = [];

    private ReferenceDocument(Styles styles)
    {
        Styles = styles;
        Indents = new StyleIndents(styles);
    }

    public Styles Styles { get; }

    /// <summary>The paragraph styles' indents and font sizes, for renumbered clauses.</summary>
    internal StyleIndents Indents { get; }

    /// <summary>
    /// The styles part (its XML, as the SDK saves it) of a document in <paramref name="language"/>: made once
    /// per language and kind of document and shared by every document written, on any thread, since it
    /// is the same for all of them (a library of 100 policies cloned and saved the styles 200 times).
    /// </summary>
    public byte[] StylesPartFor(string language, bool marked)
    {
        lock (_gate)
        {
            if (!_stylesParts.TryGetValue((language, marked), out var xml))
            {
                using var stream = new MemoryStream();
                StylesFor(language, marked).Save(stream);
                _stylesParts[(language, marked)] = xml = stream.ToArray();
            }

            return xml;
        }
    }

    public static ReferenceDocument Default() => new(DefaultStyles());

    /// <param name="path">The reference .docx whose styles documents use.</param>
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
            using var document = InMemoryPackage.Open(bytes);
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
    /// <param name="language">The document's language tag, e.g. <c>en-GB</c>.</param>
    /// <param name="marked">For a document with tracked changes: links get a dotted underline, as inserted text is
    /// underlined and coloured too.</param>
    private Styles StylesFor(string language, bool marked)
    {
        var styles = (Styles)Styles.CloneNode(true);
        var defaults = styles.DocDefaults ??= new DocDefaults();
        var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var properties = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        properties.Languages = new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" };
        if (marked)
        {
            MarkedLinks.Restyle(styles);
        }

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
