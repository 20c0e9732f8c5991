using System.Collections.Immutable;

namespace PolicyBuild.Publishing.Pdf;

public sealed record PdfArray(ImmutableArray<PdfValue> Items) : PdfValue;
