using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PolicyBuild.Layout;
using PolicyBuild.Rendering.Html;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>A page written by <see cref="HtmlWriter"/>, as text and parsed strictly (a parse error fails the test).</summary>
public sealed class HtmlPage
{
    private HtmlPage(LayoutDocument layout, string html)
    {
        Layout = layout;
        Html = html;
        Document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
    }

    public LayoutDocument Layout { get; }

    public string Html { get; }

    public IHtmlDocument Document { get; }

    public static HtmlPage Of(LayoutDocument layout) => new(layout, new HtmlWriter().Write(layout));

    public IElement Element(string id) =>
        Document.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"no element with id '{id}'");

    public IHtmlCollection<IElement> All(string selector) => Document.QuerySelectorAll(selector);

    /// <summary>Text as a sighted reader sees it: without the words only screen readers get.</summary>
    public static string SeenText(INode node) => node switch
    {
        IElement element when element.ClassList.Contains("sr-only") => string.Empty,
        IElement element => string.Concat(element.ChildNodes.Select(SeenText)),
        _ => node.TextContent,
    };
}
