using System.Diagnostics;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using Xunit.Abstractions;
using static PolicyBuild.Tests.Publishing.LibreOffice.TestDocxBuilder;

using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>Measures the shared session (see the test output); asserts only that every call succeeded.</summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class LibreOfficeTimingTests : IDisposable
{
    private const int Rounds = 5;

    private readonly LibreOfficeFixture _fixture;
    private readonly ITestOutputHelper _output;
    private readonly TempDirectory _temp = new();

    public LibreOfficeTimingTests(LibreOfficeFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Timings()
    {
        var docx = _temp.Combine("timing.docx");
        var builder = new TestDocxBuilder().Heading("Purpose", 1);
        for (var i = 1; i <= 40; i++)
        {
            builder.Paragraph(Text($"Clause {i}: "), builder.Inserted("new words "), builder.Deleted("old words "), Text("end."));
        }

        builder.Save(docx);
        var session = _fixture.Session;

        var pdf = new List<double>();
        var paragraphs = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            var target = _temp.Combine($"timing-{i}.pdf");
            var stopwatch = Stopwatch.StartNew();
            await session.ConvertToPdfAsync(docx, target);
            pdf.Add(stopwatch.Elapsed.TotalMilliseconds);
            Assert.True(new FileInfo(target).Length > 5_000);

            stopwatch.Restart();
            var read = await session.ReadParagraphsAsync(docx, RevisionView.Accept);
            paragraphs.Add(stopwatch.Elapsed.TotalMilliseconds);
            Assert.Equal(41, read.Count);
        }

        _output.WriteLine($"LibreOffice: {session.Version}, in-process walker: {await session.InProcessWalkerAsync()}");
        _output.WriteLine($"session start: {_fixture.StartDuration.TotalMilliseconds:0} ms");
        _output.WriteLine($"pdf (41 paragraphs, 80 changes): {Summary(pdf)}");
        _output.WriteLine($"paragraphs round trip (accept): {Summary(paragraphs)}");
    }

    private static string Summary(List<double> ms) =>
        $"first {ms[0]:0} ms, median {ms.Order().ElementAt(ms.Count / 2):0} ms, all [{string.Join(", ", ms.Select(m => m.ToString("0")))}]";
}
