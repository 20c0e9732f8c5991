using System.Collections.Immutable;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>A dictionary; keys are names without the slash.</summary>
public sealed record PdfDictionary(ImmutableDictionary<string, PdfValue> Entries) : PdfValue
{
    public PdfValue? this[string key] => Entries.GetValueOrDefault(key);

    public bool Has(string key) => Entries.ContainsKey(key);

    /// <summary>True when <c>/Type</c> is the given name.</summary>
    public bool IsType(string type) => this["Type"] is PdfName name && name.Value == type;
}
