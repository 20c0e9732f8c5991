namespace PolicyBuild.Layout;

public enum ListStyle
{
    Bullet,
    Decimal,

    /// <summary>(a), (b), (c): the usual sub-items of a policy clause.</summary>
    LowerLetter,

    /// <summary>a), b), c): written <c>a)</c> in Markdown, as a committee report letters its recommendations.</summary>
    LowerLetterParen,
    LowerRoman,
    UpperLetter,
    UpperRoman,
}
