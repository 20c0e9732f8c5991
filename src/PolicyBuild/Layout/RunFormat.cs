namespace PolicyBuild.Layout;

/// <summary>Character formatting a run can carry; combined as flags.</summary>
[Flags]
public enum RunFormat
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
    Strikethrough = 8,
}
