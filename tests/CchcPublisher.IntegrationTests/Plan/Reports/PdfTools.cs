using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.IntegrationTests.TestSupport;

namespace CchcPublisher.IntegrationTests.Plan.Reports;

/// <summary>
/// LibreOffice (Debian <c>libreoffice-writer-nogui</c>) to turn a Word file into PDF as an office would print it, and
/// poppler (<c>poppler-utils</c>) to read the PDF back: page sizes, fonts, words with their boxes, page images.
/// <c>.ci/run</c> installs both; locally a missing one skips the test with the reason.
/// </summary>
internal static class PdfTools
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

    public static string? Soffice => EspeakTtsEngine.Locate("soffice");

    public static string? PdfToText => EspeakTtsEngine.Locate("pdftotext");

    /// <summary>Skips (locally) or fails (under CI=true) when LibreOffice or poppler-utils is missing.</summary>
    public static void Require()
    {
        RequiredComponent.SkipOrFailWhen(Soffice is null, "LibreOffice is not installed here (apt-get install libreoffice-writer-nogui); CI installs it, so this runs there.");
        RequiredComponent.SkipOrFailWhen(PdfToText is null || EspeakTtsEngine.Locate("pdfinfo") is null || EspeakTtsEngine.Locate("pdffonts") is null,
            "poppler-utils is not installed here (apt-get install poppler-utils); CI installs it, so this runs there.");
    }

    /// <summary>
    /// <c>soffice --headless --convert-to pdf</c> with a private user profile under <paramref name="work"/> (so runs in
    /// parallel do not share one) and returns the PDF's path.
    /// </summary>
    public static async Task<string> ConvertToPdfAsync(string docx, string work, CancellationToken cancellationToken)
    {
        var profile = new Uri(Path.Combine(work, "libreoffice-profile") + Path.DirectorySeparatorChar).AbsoluteUri;
        var output = Path.Combine(work, "pdf");
        var (stdout, stderr) = await ExecuteAsync(Soffice!, ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", output, docx], cancellationToken);
        var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no PDF:\n{stdout}\n{stderr}");
        return pdf;
    }

    /// <summary>Runs a poppler tool (<c>pdfinfo</c>, <c>pdffonts</c>, <c>pdftotext</c>) and returns what it printed.</summary>
    public static async Task<string> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        (await ExecuteAsync(EspeakTtsEngine.Locate(tool) ?? tool, arguments, cancellationToken)).Output;

    private static async Task<(string Output, string Errors)> ExecuteAsync(string path, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output, errors) = await ChildProcess.RunAsync(path, arguments, TimeLimit, cancellationToken);
        Assert.True(exitCode == 0, $"{Path.GetFileName(path)} {string.Join(' ', arguments)} exited {exitCode}:\n{errors}");
        return (output, errors);
    }
}
