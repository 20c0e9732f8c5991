using System.Globalization;
using DocumentFormat.OpenXml;

namespace PolicyBuild.Import.Word;

/// <summary>
/// Attribute values read as the text the document holds. The SDK's typed <c>.Value</c> throws on a
/// value outside its enumeration (pandoc writes <c>w:tblHeader w:val="true"</c>, the schema says
/// on/off); a document other programs wrote must never stop the import with an exception.
/// </summary>
internal static class Lenient
{
    public static string? Text(OpenXmlSimpleType? value) => value?.InnerText is { Length: > 0 } text ? text.Trim() : null;

    public static int? Int(OpenXmlSimpleType? value) =>
        int.TryParse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Whether an on/off value says on; <paramref name="absent"/> when there is no value.</summary>
    public static bool IsOn(OpenXmlSimpleType? value, bool absent = true) =>
        Text(value)?.ToLowerInvariant() switch
        {
            null => absent,
            "0" or "false" or "off" or "none" => false,
            _ => true,
        };

    /// <summary>True when an enumeration value is <paramref name="expected"/>, compared as written (case-insensitively).</summary>
    public static bool Is(OpenXmlSimpleType? value, string expected) => string.Equals(Text(value), expected, StringComparison.OrdinalIgnoreCase);
}
