using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// The objects of a PDF file by number, and its trailer. Objects are found by reading the file
/// from start to end, jumping over stream data by its length, so bytes inside a stream are never
/// mistaken for an object; a later object with the same number replaces an earlier one, as an
/// incremental update does. LibreOffice 7.4 writes every dictionary uncompressed with a classic
/// xref table (checked on its output); objects inside compressed object streams (<c>/ObjStm</c>,
/// written by other producers) are inflated and read too.
/// </summary>
public sealed partial class PdfObjectTable
{
    private readonly ImmutableDictionary<int, PdfValue> _objects;
    private readonly ImmutableDictionary<int, PdfStream> _streams;

    private PdfObjectTable(ImmutableDictionary<int, PdfValue> objects, ImmutableDictionary<int, PdfStream> streams, PdfDictionary trailer)
    {
        _objects = objects;
        _streams = streams;
        Trailer = trailer;
    }

    /// <summary>The trailer dictionary (or the cross-reference stream's dictionary, which plays its part).</summary>
    public PdfDictionary Trailer { get; }

    /// <exception cref="FormatException">The bytes are not a PDF this reader understands.</exception>
    public static PdfObjectTable Read(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        if (!text.StartsWith("%PDF-", StringComparison.Ordinal))
        {
            throw new FormatException("the file does not start with %PDF-");
        }

        var parser = new PdfParser(text);
        var objects = ImmutableDictionary.CreateBuilder<int, PdfValue>();
        var streams = ImmutableDictionary.CreateBuilder<int, PdfStream>();
        PdfDictionary? xrefStream = null;
        var position = 0;
        while (ObjectHeader().Match(text, position) is { Success: true } header)
        {
            var number = int.Parse(header.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var value = parser.ReadAt(header.Index + header.Length);
            objects[number] = value;
            position = parser.Position;
            if (value is PdfDictionary dictionary && StreamStart(text, position) is { } dataStart)
            {
                var dataEnd = dictionary["Length"] is PdfNumber length && dataStart + length.AsInt <= text.Length
                    ? dataStart + length.AsInt
                    : IndexOrEnd(text, "endstream", dataStart);
                streams[number] = new PdfStream(dictionary, pdf[dataStart..dataEnd]);
                position = dataEnd;
                if (dictionary.IsType("XRef"))
                {
                    xrefStream = dictionary;
                }
            }

            position = IndexOrEnd(text, "endobj", position);
        }

        foreach (var (number, stream) in streams.Where(s => s.Value.Dictionary.IsType("ObjStm")).ToList())
        {
            ReadObjectStream(number, stream, objects);
        }

        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var trailer = trailerAt >= 0 ? parser.ReadAt(trailerAt + "trailer".Length) as PdfDictionary : xrefStream;
        return new PdfObjectTable(objects.ToImmutable(), streams.ToImmutable(),
            trailer ?? throw new FormatException("no trailer: the file is truncated or not a PDF"));
    }

    /// <summary>Follows a reference to its object; other values are returned as they are.</summary>
    public PdfValue? Resolve(PdfValue? value)
    {
        for (var hops = 0; value is PdfReference reference && hops < 32; hops++)
        {
            value = _objects.GetValueOrDefault(reference.Number);
        }

        return value is PdfReference ? null : value;
    }

    public PdfDictionary? Dictionary(PdfValue? value) => Resolve(value) as PdfDictionary;

    /// <summary>The stream a reference points to, if it is one.</summary>
    public PdfStream? Stream(PdfValue? value) =>
        value is PdfReference reference ? _streams.GetValueOrDefault(reference.Number) : null;

    private static void ReadObjectStream(int number, PdfStream stream, ImmutableDictionary<int, PdfValue>.Builder objects)
    {
        byte[]? data;
        try
        {
            data = stream.Decode();
        }
        catch (InvalidDataException ex)
        {
            throw new FormatException($"object stream {number} cannot be inflated: {ex.Message}", ex);
        }

        if (data is null || stream.Dictionary["N"] is not PdfNumber count || stream.Dictionary["First"] is not PdfNumber first)
        {
            return;
        }

        var text = Encoding.Latin1.GetString(data);
        // The header is pairs of plain integers, object number and offset from /First: "12 0 13 45".
        var numbers = text[..Math.Min(first.AsInt, text.Length)]
            .Split((char[])[' ', '\r', '\n', '\t', '\f', '\0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.Parse(n, CultureInfo.InvariantCulture))
            .ToList();
        var parser = new PdfParser(text);
        for (var i = 0; i + 1 < numbers.Count && i / 2 < count.AsInt; i += 2)
        {
            // An object written outside any object stream was written later and wins.
            objects.TryAdd(numbers[i], parser.ReadAt(first.AsInt + numbers[i + 1]));
        }
    }

    /// <summary>Where stream data starts after <c>stream</c> and its end of line, or null when no stream follows.</summary>
    private static int? StreamStart(string text, int position)
    {
        while (position < text.Length && PdfParser.IsWhitespace(text[position]))
        {
            position++;
        }

        if (string.CompareOrdinal(text, position, "stream", 0, 6) != 0)
        {
            return null;
        }

        position += 6;
        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }

        return position;
    }

    private static int IndexOrEnd(string text, string value, int start)
    {
        var index = text.IndexOf(value, start, StringComparison.Ordinal);
        return index < 0 ? text.Length : index + value.Length;
    }

    [GeneratedRegex(@"(?<![0-9])(\d+)\s+(\d+)\s+obj\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectHeader();
}
