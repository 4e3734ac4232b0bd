using System.CommandLine;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Import;
using CchcPublisher.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Cli;

/// <summary>
/// <c>import</c>: Word documents (.docx) become draft articles in <c>content/articles/nhap</c>. Without file names
/// it imports every document dropped into <c>content/import/</c> and moves each imported one to
/// <c>content/import/da-nhap/</c>, so that it is not imported twice.
/// </summary>
internal static class ImportCommand
{
    public const string DropFolderName = "import";
    public const string DoneFolderName = "da-nhap";

    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("tep")
        {
            Description = "Tệp Word .docx cần nhập. Bỏ trống để nhập mọi tệp trong thư mục content/import.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "Thư mục đặt bài nháp (mặc định: content/articles/nhap).",
        };
        var command = new Command("import", "Nhập văn bản Word (.docx) thành bài viết nháp, kể cả văn bản gõ bằng phông TCVN3 (ABC) hoặc VNI.")
        {
            files,
            output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var paths = host.Services.GetRequiredService<IOptions<PathOptions>>().Value;
            var time = host.Services.GetRequiredService<TimeProvider>();
            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            var target = parseResult.GetValue(output)?.FullName ?? Path.Combine(paths.ArticlesRoot, "nhap");
            var named = parseResult.GetValue(files) ?? [];
            var dropFolder = Path.Combine(paths.ContentRoot, DropFolderName);
            var sources = named.Length > 0
                ? named.Select(f => f.FullName).ToList()
                : Directory.Exists(dropFolder)
                    ? Directory.EnumerateFiles(dropFolder, "*", SearchOption.TopDirectoryOnly)
                        .Where(f => f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                        .Order(StringComparer.Ordinal).ToList()
                    : [];
            if (sources.Count == 0)
            {
                await context.Out.WriteLineAsync($"Không có tệp Word nào để nhập. Hãy ghi tên tệp (cchc import van-ban.docx) hoặc đặt tệp .docx vào {dropFolder}.");
                return ExitCodes.Ok;
            }

            var taxonomy = ReadTaxonomy(paths.ContentRoot);
            var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
            var failed = 0;
            foreach (var source in sources)
            {
                try
                {
                    var outcome = await ArticleImportWriter.ImportAsync(source, target, taxonomy, now, cancellationToken);
                    var notes = outcome.Notes();

                    var relative = Path.GetRelativePath(Environment.CurrentDirectory, outcome.ArticlePath);
                    var shown = relative.StartsWith("..", StringComparison.Ordinal) ? outcome.ArticlePath : relative;
                    await context.Out.WriteLineAsync(
                        $"Đã nhập {Path.GetFileName(source)} → {shown} (bản nháp, \"{outcome.Article.Title}\"{(notes.Count > 0 ? "; " + string.Join("; ", notes) : string.Empty)}).");
                    if (named.Length == 0)
                    {
                        MoveToDone(source, dropFolder);
                    }
                }
                catch (ImportException ex)
                {
                    failed++;
                    await context.Out.WriteLineAsync($"{Path.GetFileName(source)}: lỗi: {ex.Message}");
                }
            }

            return failed > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }

    private static CategoryTaxonomy ReadTaxonomy(string contentRoot)
    {
        var path = Path.Combine(contentRoot, CategoryFileReader.FileName);
        if (!File.Exists(path))
        {
            return CategoryTaxonomy.BuiltIn;
        }

        try
        {
            return CategoryFileReader.Read(File.ReadAllBytes(path), path, CategoryTaxonomy.BuiltIn).Taxonomy;
        }
        catch (IOException)
        {
            return CategoryTaxonomy.BuiltIn;
        }
    }

    /// <summary>Moves an imported document out of the drop folder (never overwriting an earlier one of the same name).</summary>
    private static void MoveToDone(string source, string dropFolder)
    {
        var done = Path.Combine(dropFolder, DoneFolderName);
        Directory.CreateDirectory(done);
        var name = Path.GetFileNameWithoutExtension(source);
        var destination = Path.Combine(done, Path.GetFileName(source));
        for (var n = 2; File.Exists(destination); n++)
        {
            destination = Path.Combine(done, $"{name}-{n}.docx");
        }

        File.Move(source, destination);
    }
}
