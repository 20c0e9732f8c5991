namespace PolicyBuild.Cli;

/// <summary>ANSI colours for terminal output; with colour off every method returns the text unchanged.</summary>
public sealed record AnsiStyle(bool Enabled)
{
    public string Bold(string text) => Wrap("1", text);

    public string Dim(string text) => Wrap("2", text);

    public string Red(string text) => Wrap("31", text);

    public string Green(string text) => Wrap("32", text);

    public string Yellow(string text) => Wrap("33", text);

    public string Cyan(string text) => Wrap("36", text);

    private string Wrap(string code, string text) => Enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
