using System.Globalization;
using System.Text;
using System.Xml;

namespace PolicyBuild.Diagnostics;

/// <summary>
/// The one rule for text read from a source file: valid UTF-8 (a bad byte would turn into U+FFFD in
/// the documents), no character XML cannot hold (U+0001, U+FFFE… would fail the Word writer), and a
/// bounded size. Each is a located error when the file is read, so <c>check</c> finds it too.
/// </summary>
public static class SourceText
{
    /// <summary>Far more than any policy fragment, template or YAML file; a larger file is a mistake, not a policy.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and checks a file; <paramref name="display"/> names it in messages.</summary>
    public static string Read(string path, string display) => Read(path, display, new FileInfo(path).Length);

    /// <summary>Reads and checks a file whose length the caller has just looked up.</summary>
    public static string Read(string path, string display, long length)
    {
        if (length > MaxBytes)
        {
            throw new PolicyBuildException(new SourceLocation(display),
                $"the file is {length / (1024 * 1024)} MB: source files are at most {MaxBytes / (1024 * 1024)} MB");
        }

        return Decode(File.ReadAllBytes(path), display);
    }

    /// <summary>Decodes UTF-8 strictly (a leading byte-order mark is dropped) and checks the characters.</summary>
    public static string Decode(byte[] bytes, string display)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var valid = Encoding.UTF8.GetString(bytes, start, Math.Max(0, offset - start));
            throw new PolicyBuildException(LocationAt(display, valid, valid.Length),
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2}): save it as UTF-8");
        }

        Check(text, display);
        return text;
    }

    /// <summary>Throws a located error at the first character XML cannot hold.</summary>
    public static void Check(string text, string display, SourceLocation? start = null)
    {
        if (FirstIllegal(text) is { } index)
        {
            var location = LocationAt(display, text, index);
            if (start is not null)
            {
                location = start.Offset(location.Line - 1, location.Line == 1 ? start.Column + location.Column - 1 : location.Column);
            }

            throw new PolicyBuildException(location, $"{Describe(text, index)} cannot appear in a Word document: delete it");
        }
    }

    /// <summary>The index of the first character (or unpaired surrogate) XML 1.0 cannot hold, or null.</summary>
    public static int? FirstIllegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return null;
    }

    /// <summary>Names a character as a person would look it up, e.g. "the control character U+0001".</summary>
    public static string Describe(string text, int index)
    {
        var code = ((int)text[index]).ToString("X4", CultureInfo.InvariantCulture);
        return char.IsSurrogate(text[index]) ? $"an unpaired surrogate U+{code}"
            : char.IsControl(text[index]) ? $"the control character U+{code}"
            : $"the non-character U+{code}";
    }

    private static SourceLocation LocationAt(string display, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(display, line, index - lineStart + 1);
    }
}
