using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>The sample policy's pages, built once: the 2021 draft, the 2018 baseline and the marked copy.</summary>
public static class SamplePages
{
    private static readonly Lazy<HtmlPage> DraftPage = new(() => HtmlPage.Of(TestToolchain.Layout(RepositoryPaths.SamplePolicy)));
    private static readonly Lazy<HtmlPage> BaselinePage = new(() => HtmlPage.Of(TestToolchain.Layout(RepositoryPaths.SampleBaseline)));
    private static readonly Lazy<HtmlPage> MarkedPage = new(() =>
        HtmlPage.Of(TestToolchain.MarkedLayout(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy)));

    public static HtmlPage Draft => DraftPage.Value;

    public static HtmlPage Baseline => BaselinePage.Value;

    public static HtmlPage Marked => MarkedPage.Value;

    public static HtmlPage Named(string name) => name switch
    {
        "draft" => Draft,
        "baseline" => Baseline,
        "marked" => Marked,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
