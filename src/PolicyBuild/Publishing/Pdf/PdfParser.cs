using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// Reads one PDF object from text (the file's bytes as Latin-1, one char per byte). Enough of
/// ISO 32000 for catalogs, outlines and info dictionaries: names, strings, numbers, booleans,
/// null, references, arrays and dictionaries. Streams are handled by <see cref="PdfObjectTable"/>.
/// </summary>
public sealed class PdfParser(string text)
{
    public int Position { get; set; }

    /// <summary>Reads the object at <paramref name="position"/>; <see cref="Position"/> is left just after it.</summary>
    /// <exception cref="FormatException">The text is not a PDF object.</exception>
    public PdfValue ReadAt(int position)
    {
        Position = position;
        return Read();
    }

    public PdfValue Read()
    {
        SkipWhitespace();
        if (Position >= text.Length)
        {
            throw new FormatException("unexpected end of PDF data");
        }

        var ch = text[Position];
        switch (ch)
        {
            case '/':
                Position++;
                return new PdfName(ReadName());
            case '<' when Peek(1) == '<':
                Position += 2;
                return ReadDictionary();
            case '<':
                Position++;
                return ReadHexString();
            case '(':
                Position++;
                return ReadLiteralString();
            case '[':
                Position++;
                return ReadArray();
            default:
                return ReadKeywordOrNumber();
        }
    }

    /// <summary>Skips whitespace and comments.</summary>
    public void SkipWhitespace()
    {
        while (Position < text.Length)
        {
            var ch = text[Position];
            if (ch == '%')
            {
                while (Position < text.Length && text[Position] is not ('\r' or '\n'))
                {
                    Position++;
                }
            }
            else if (IsWhitespace(ch))
            {
                Position++;
            }
            else
            {
                return;
            }
        }
    }

    private PdfDictionary ReadDictionary()
    {
        var entries = ImmutableDictionary.CreateBuilder<string, PdfValue>(StringComparer.Ordinal);
        while (true)
        {
            SkipWhitespace();
            if (Peek(0) == '>' && Peek(1) == '>')
            {
                Position += 2;
                return new PdfDictionary(entries.ToImmutable());
            }

            if (Read() is not PdfName key)
            {
                throw new FormatException($"dictionary key expected at byte {Position}");
            }

            // A later duplicate key wins, as in most readers.
            entries[key.Value] = Read();
        }
    }

    private PdfArray ReadArray()
    {
        var items = ImmutableArray.CreateBuilder<PdfValue>();
        while (true)
        {
            SkipWhitespace();
            if (Peek(0) == ']')
            {
                Position++;
                return new PdfArray(items.ToImmutable());
            }

            items.Add(Read());
        }
    }

    private string ReadName()
    {
        var name = new StringBuilder();
        while (Position < text.Length && IsRegular(text[Position]))
        {
            if (text[Position] == '#' && Position + 2 < text.Length
                && int.TryParse(text.AsSpan(Position + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                name.Append((char)code);
                Position += 3;
            }
            else
            {
                name.Append(text[Position++]);
            }
        }

        return name.ToString();
    }

    private PdfString ReadHexString()
    {
        var digits = new StringBuilder();
        while (Position < text.Length && text[Position] != '>')
        {
            if (Uri.IsHexDigit(text[Position]))
            {
                digits.Append(text[Position]);
            }

            Position++;
        }

        Position++;
        if (digits.Length % 2 == 1)
        {
            digits.Append('0'); // A missing last digit is 0 (ISO 32000-1, 7.3.4.3).
        }

        return new PdfString(Convert.FromHexString(digits.ToString()));
    }

    private PdfString ReadLiteralString()
    {
        var bytes = new List<byte>();
        var depth = 1;
        while (Position < text.Length)
        {
            var ch = text[Position++];
            switch (ch)
            {
                case '(':
                    depth++;
                    bytes.Add((byte)ch);
                    break;
                case ')' when --depth == 0:
                    return new PdfString([.. bytes]);
                case ')':
                    bytes.Add((byte)ch);
                    break;
                case '\\':
                    ReadEscape(bytes);
                    break;
                default:
                    bytes.Add((byte)ch);
                    break;
            }
        }

        throw new FormatException("unterminated string");
    }

    private void ReadEscape(List<byte> bytes)
    {
        if (Position >= text.Length)
        {
            return;
        }

        var ch = text[Position++];
        switch (ch)
        {
            case 'n': bytes.Add((byte)'\n'); break;
            case 'r': bytes.Add((byte)'\r'); break;
            case 't': bytes.Add((byte)'\t'); break;
            case 'b': bytes.Add((byte)'\b'); break;
            case 'f': bytes.Add((byte)'\f'); break;
            case '\r':
                // A backslash at the end of a line continues the string on the next.
                if (Peek(0) == '\n')
                {
                    Position++;
                }

                break;
            case '\n':
                break;
            case >= '0' and <= '7':
                var value = ch - '0';
                for (var i = 0; i < 2 && Peek(0) is >= '0' and <= '7'; i++)
                {
                    value = (value * 8) + (text[Position++] - '0');
                }

                bytes.Add((byte)value);
                break;
            default:
                bytes.Add((byte)ch);
                break;
        }
    }

    private PdfValue ReadKeywordOrNumber()
    {
        var token = ReadToken();
        switch (token)
        {
            case "true":
                return new PdfBoolean(true);
            case "false":
                return new PdfBoolean(false);
            case "null":
                return PdfNull.Instance;
        }

        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw new FormatException($"unexpected '{(token.Length == 0 ? text[Position].ToString() : token)}' at byte {Position}");
        }

        // "12 0 R" is a reference: look ahead for a generation number and R.
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var objectNumber))
        {
            var save = Position;
            SkipWhitespace();
            var generation = ReadToken();
            SkipWhitespace();
            if (int.TryParse(generation, NumberStyles.None, CultureInfo.InvariantCulture, out var gen) && ReadToken() == "R")
            {
                return new PdfReference(objectNumber, gen);
            }

            Position = save;
        }

        return new PdfNumber(number);
    }

    private string ReadToken()
    {
        var start = Position;
        while (Position < text.Length && IsRegular(text[Position]))
        {
            Position++;
        }

        return text[start..Position];
    }

    private char Peek(int offset) => Position + offset < text.Length ? text[Position + offset] : '\0';

    public static bool IsWhitespace(char ch) => ch is ' ' or '\t' or '\r' or '\n' or '\f' or '\0';

    private static bool IsRegular(char ch) => !IsWhitespace(ch) && ch is not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%');
}
