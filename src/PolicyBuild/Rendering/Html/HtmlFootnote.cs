namespace PolicyBuild.Rendering.Html;

/// <summary>A footnote as the page numbers it: by first use, with the id of every reference to it.</summary>
internal sealed record HtmlFootnote(string Key, int Number, string Id, List<string> ReferenceIds);
