using System.Globalization;
using PolicyBuild.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyBuild.Authoring;

/// <summary>
/// Strict reading of a YAML mapping: every key read is remembered so that
/// <see cref="ReportUnknownKeys"/> can flag typos with their location instead of ignoring them.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses <paramref name="yaml"/>; returns null (with a located error) when it is not a mapping.</summary>
    /// <param name="yaml">The text: a whole policy.yml, report.yml or parts.yml, or a fragment's front matter.</param>
    /// <param name="file">The file as messages name it.</param>
    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after <c>---</c>).</param>
    /// <param name="diagnostics">Where errors go, from parsing and from every later read of the map.</param>
    public static YamlMap? Parse(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException is YamlException deeper ? deeper : ex;
            diagnostics.Error(WithinText(Locate(file, lineOffset, inner.Start), yaml, lineOffset), $"invalid YAML: {inner.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(new SourceLocation(file, lineOffset + 1, 1), "expected a YAML mapping of 'key: value' lines");
            return null;
        }

        return new YamlMap(root, file, lineOffset, diagnostics);
    }

    public SourceLocation Location => Locate(_file, _lineOffset, _node.Start);

    public string? OptionalString(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var value = string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            if (value is not null && value.Contains('\n', StringComparison.Ordinal))
            {
                // Values are placed on a line of the template's Markdown: a line break would start new blocks.
                _diagnostics.Error(LocationOf(node), $"'{key}' must be one line");
                return value.ReplaceLineEndings(" ");
            }

            if (value is not null && value.StartsWith(":::", StringComparison.Ordinal))
            {
                // At the start of a template line, ':::' would open a section, clause or contents block.
                _diagnostics.Error(LocationOf(node), $"'{key}' cannot start with ':::' (that line would open a block of the template)");
            }

            return value;
        }

        _diagnostics.Error(LocationOf(node), $"'{key}' must be a single value");
        return null;
    }

    public string RequiredString(string key)
    {
        var value = OptionalString(key);
        if (value is null && Find(key) is not YamlMappingNode and not YamlSequenceNode)
        {
            _diagnostics.Error(Location, $"missing required key '{key}'");
        }

        return value ?? string.Empty;
    }

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Error(LocationOf(Find(key)!), $"'{key}' must be a date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    public DateOnly RequiredDate(string key)
    {
        if (Find(key) is null)
        {
            _diagnostics.Error(Location, $"missing required key '{key}'");
            return default;
        }

        return OptionalDate(key) ?? default;
    }

    public YamlMap? OptionalMap(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, _file, _lineOffset, _diagnostics);
        }

        _diagnostics.Error(LocationOf(node), $"'{key}' must be a mapping of 'key: value' lines");
        return null;
    }

    public YamlMap? RequiredMap(string key)
    {
        var map = OptionalMap(key);
        if (map is null && Find(key) is null)
        {
            _diagnostics.Error(Location, $"missing required key '{key}'");
        }

        return map;
    }

    /// <summary>Every key of the mapping, in file order (each counts as read).</summary>
    public IReadOnlyList<string> Keys()
    {
        var keys = _node.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? k.ToString()).ToList();
        _known.UnionWith(keys);
        return keys;
    }

    /// <summary>A boolean value; a missing key is <paramref name="fallback"/>.</summary>
    public bool OptionalBool(string key, bool fallback)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        _diagnostics.Error(LocationOf(key), $"'{key}' must be true or false, not '{text}'");
        return fallback;
    }

    public SourceLocation LocationOf(string key) => Find(key) is { } node ? LocationOf(node) : Location;

    /// <summary>Flags every key that was never read: unknown or mistyped keys are errors.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (!_known.Contains(key))
            {
                var expected = string.Join(", ", _known.Order(StringComparer.Ordinal));
                _diagnostics.Error(LocationOf(keyNode), $"unknown key '{key}' (expected one of: {expected})");
            }
        }
    }

    private YamlNode? Find(string key)
    {
        _known.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private SourceLocation LocationOf(YamlNode node) => Locate(_file, _lineOffset, node.Start);

    /// <summary>YAML that ends mid-way is reported at the end of the stream, a line past the text: point at its last character instead.</summary>
    private static SourceLocation WithinText(SourceLocation location, string yaml, int lineOffset)
    {
        var lines = yaml.TrimEnd('\n').Split('\n');
        return location.Line - lineOffset > lines.Length
            ? location with { Line = lineOffset + lines.Length, Column = lines[^1].Length + 1 }
            : location;
    }

    private static SourceLocation Locate(string file, int lineOffset, Mark mark) =>
        new(file, (int)mark.Line + lineOffset, (int)mark.Column);
}
