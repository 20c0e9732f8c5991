namespace PolicyBuild.Layout;

/// <summary>Document-wide facts: properties, header and footer, draft marking.</summary>
public sealed record DocumentInfo(
    string Title,
    string Subject,
    string Author,
    string Language,
    string HeaderText,
    string FooterText,
    bool IsDraft);
