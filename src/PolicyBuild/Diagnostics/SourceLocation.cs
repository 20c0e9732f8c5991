namespace PolicyBuild.Diagnostics;

/// <summary>A place in a source file, 1-based, printed as <c>file:line:column</c>.</summary>
public sealed record SourceLocation(string File, int Line = 1, int Column = 1)
{
    /// <summary>For an error that belongs to no file (the disk is full, LibreOffice is missing): printed as plain <c>error: …</c>.</summary>
    public static SourceLocation None { get; } = new(string.Empty);

    public bool IsNone => File.Length == 0;

    public override string ToString() => $"{File}:{Line}:{Column}";

    /// <summary>The same file, shifted by a number of lines (for text embedded after front matter).</summary>
    public SourceLocation Offset(int lines, int column = 1) => this with { Line = Line + lines, Column = column };
}
