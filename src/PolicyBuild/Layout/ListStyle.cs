namespace PolicyBuild.Layout;

public enum ListStyle
{
    Bullet,
    Decimal,

    /// <summary>(a), (b), (c): the usual sub-items of a policy clause.</summary>
    LowerLetter,
    LowerRoman,
    UpperLetter,
    UpperRoman,
}
