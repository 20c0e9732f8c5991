using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicyBuild.Layout;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>
/// Link text says where the link goes. "click here" and "here" never do, so they are errors; a bare
/// address is a warning, because a screen reader spells it out but readers of a printed copy may need it.
/// </summary>
public sealed partial class LinkTextRule : IAccessibilityRule
{
    private static readonly FrozenSet<string> Vague = new[]
    {
        "here", "click here", "click", "click this link", "this", "this link", "link", "read more", "more",
        "more info", "more information", "see here", "go here", "this page", "follow this link",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IEnumerable<AccessibilityFinding> Check(DocumentMap document)
    {
        foreach (var placed in document.Paragraphs)
        {
            foreach (var (target, text) in Links(placed.Paragraph))
            {
                if (text.Length == 0)
                {
                    yield return AccessibilityFinding.Error(placed.Place, $"link to '{target}' has no text: say where it goes");
                }
                else if (Vague.Contains(text.Trim('.', ',', ':', ';', '!', '?', '"', '\'', '(', ')').ToLowerInvariant()))
                {
                    yield return AccessibilityFinding.Error(placed.Place,
                        $"link text {ParagraphText.Quote(text)} does not say where the link goes: describe the target instead, e.g. [the Data Protection Policy]({target})");
                }
                else if (BareAddress().IsMatch(text) || (text == target && !target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
                {
                    yield return AccessibilityFinding.Warning(placed.Place,
                        $"link text is a bare address {ParagraphText.Quote(text)}: screen readers spell it out; describe the target unless readers of a printed copy need the address");
                }
            }
        }
    }

    /// <summary>Each link of a paragraph as its target and its whole text (neighbouring runs with the same target).</summary>
    private static IEnumerable<(string Target, string Text)> Links(LayoutParagraph paragraph)
    {
        string? target = null;
        var texts = new List<string>();
        foreach (var run in paragraph.Runs.Append(new LayoutRun(string.Empty)))
        {
            if (run.Link != target)
            {
                if (target is not null)
                {
                    yield return (target, ParagraphText.Normalise(texts));
                }

                texts.Clear();
            }

            target = run.Link;
            if (run.Kind != RunKind.FootnoteReference)
            {
                texts.Add(run.Text);
            }
        }
    }

    [GeneratedRegex(@"^((https?|ftp)://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareAddress();
}
