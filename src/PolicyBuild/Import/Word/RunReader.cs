using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Word;

/// <summary>
/// Reads a paragraph's content into <see cref="WordRun"/>s: text, tabs, breaks, hyperlinks
/// (relationships of <paramref name="part"/>), field results (not their codes), footnote marks,
/// and bookmarks. Field state carries across paragraphs, since a TOC field spans many.
/// </summary>
internal sealed class RunReader(OpenXmlPart part, StyleCatalog styles)
{
    private readonly Stack<FieldState> _fields = new();

    /// <summary>True while a TOC field is open: the paragraphs are the contents.</summary>
    public bool InContents => _fields.Any(f => f.IsContents);

    public (ImmutableArray<WordRun> Runs, ImmutableArray<string> Bookmarks) Read(OpenXmlElement paragraph)
    {
        var runs = ImmutableArray.CreateBuilder<WordRun>();
        var bookmarks = ImmutableArray.CreateBuilder<string>();
        Walk(paragraph, null, runs, bookmarks);
        return (runs.ToImmutable(), bookmarks.ToImmutable());
    }

    private void Walk(OpenXmlElement parent, WordLink? link, ImmutableArray<WordRun>.Builder runs, ImmutableArray<string>.Builder bookmarks)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or SdtProperties or SdtEndCharProperties or DeletedRun or MoveFromRun:
                    break;
                case Run run:
                    ReadRun(run, link, runs);
                    break;
                case Hyperlink hyperlink:
                    Walk(hyperlink, LinkOf(hyperlink) ?? link, runs, bookmarks);
                    break;
                case SimpleField field:
                    var (isContents, fieldLink) = FieldState.Parse(Lenient.Text(field.Instruction) ?? string.Empty);
                    if (!isContents)
                    {
                        Walk(field, fieldLink ?? link, runs, bookmarks);
                    }

                    break;
                case BookmarkStart bookmark when Lenient.Text(bookmark.Name) is { } name && name != "_GoBack":
                    bookmarks.Add(name);
                    break;
                case OpenXmlCompositeElement composite when composite.LocalName == "oMath" || composite.LocalName == "oMathPara":
                    runs.Add(new WordRun("an equation", Kind: WordRunKind.Unsupported));
                    break;
                case OpenXmlCompositeElement composite:
                    // Content controls, smart tags, custom XML: their runs count as the paragraph's.
                    Walk(composite, link, runs, bookmarks);
                    break;
            }
        }
    }

    private void ReadRun(Run run, WordLink? link, ImmutableArray<WordRun>.Builder runs)
    {
        var properties = run.RunProperties;
        var hidden = StyleCatalog.IsOn(properties?.Vanish);
        var format = Lenient.Text(properties?.RunStyle?.Val) is { } style ? styles.CharacterFormat(style) : RunFormat.None;
        format = StyleCatalog.Toggle(StyleCatalog.Toggle(format, properties?.Bold, RunFormat.Bold), properties?.Italic, RunFormat.Italic);
        var script = Lenient.Text(properties?.VerticalTextAlignment?.Val);
        foreach (var child in run.ChildElements)
        {
            if (child is FieldChar fieldChar)
            {
                OnFieldChar(fieldChar);
                continue;
            }

            if (_fields.TryPeek(out var open) && !open.InResult)
            {
                open.AddInstruction(child is FieldCode code ? code.Text : string.Empty);
                continue;
            }

            var effectiveLink = _fields.Select(f => f.Link).FirstOrDefault(l => l is not null) ?? link;
            if (Content(child, format, effectiveLink) is { } content && !(hidden && content.Kind == WordRunKind.Text))
            {
                runs.AddRange(Shifted(content, script));
            }
        }
    }

    /// <summary>Raised or lowered text in the characters that show it, or as plain text with a note saying so.</summary>
    private static IEnumerable<WordRun> Shifted(WordRun content, string? script)
    {
        if (content.Kind != WordRunKind.Text || script is not ("superscript" or "subscript") || content.Text.Trim().Length == 0)
        {
            return [content];
        }

        var shifted = script == "superscript" ? ScriptText.Raised(content.Text) : ScriptText.Lowered(content.Text);
        return shifted is not null
            ? [content with { Text = shifted }]
            : [content, new WordRun($"{script} '{content.Text.Trim()}'", Kind: WordRunKind.FormatLost)];
    }

    private static WordRun? Content(OpenXmlElement child, RunFormat format, WordLink? link) => child switch
    {
        Text text => new WordRun(text.Text, format, Link: link),
        TabChar or PositionalTab => new WordRun("\t", format, Link: link),
        Break { Type: { } type } when Lenient.Is(type, "page") || Lenient.Is(type, "column") => null,
        Break or CarriageReturn => new WordRun("\n", format, WordRunKind.LineBreak, link),
        NoBreakHyphen => new WordRun("\u2011", format, Link: link),
        SoftHyphen => null,
        FootnoteReference note => new WordRun(Lenient.Text(note.Id) ?? "", Kind: WordRunKind.FootnoteMark),
        EndnoteReference note => new WordRun(Lenient.Text(note.Id) ?? "", Kind: WordRunKind.EndnoteMark),
        Drawing or Picture or EmbeddedObject => new WordRun("an image or object", Kind: WordRunKind.Unsupported),
        _ when child.LocalName == "AlternateContent" => new WordRun("an image, shape or text box", Kind: WordRunKind.Unsupported),
        _ => null,
    };

    private void OnFieldChar(FieldChar fieldChar)
    {
        var type = Lenient.Text(fieldChar.FieldCharType);
        if (type == "begin")
        {
            _fields.Push(new FieldState());
        }
        else if (type == "separate" && _fields.TryPeek(out var open))
        {
            open.Separate();
        }
        else if (type == "end")
        {
            _fields.TryPop(out _);
        }
    }

    private WordLink? LinkOf(Hyperlink hyperlink)
    {
        if (Lenient.Text(hyperlink.Anchor) is { } anchor)
        {
            return new WordLink(null, anchor);
        }

        var id = Lenient.Text(hyperlink.Id);
        var relationship = part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
        return relationship is null ? null : new WordLink(relationship.Uri.OriginalString, null);
    }
}
