using System.CommandLine;
using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Common;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Hosting;
using CchcPublisher.Preview;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CchcPublisher.Cli.Tables;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary>
/// <c>preview [--article ID | --date D] [--out DIR]</c>: renders what every channel would receive into a preview
/// folder (default <c>&lt;data&gt;/preview</c>) without publishing anything, touching the ledger or the site.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Option<string?>("--article") { Description = "Chỉ xem trước bài có mã (id) này (kể cả bản nháp)" };
        var date = new Option<string?>("--date") { Description = "Chỉ xem trước các bài đến hạn trong ngày này (yyyy-MM-dd, giờ của xã)" };
        var output = new Option<string?>("--out") { Description = "Thư mục xem trước (mặc định: <thư mục dữ liệu>/preview)" };
        var format = TableOutput.CreateOption();
        var command = new Command("preview", "Xem trước nội dung từng kênh sẽ nhận (trang web, Zalo, Facebook, loa) mà không đăng gì.")
        {
            article, date, output, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var tableFormat = TableOutput.Parse(parseResult, format);
            var onlyArticle = parseResult.GetValue(article);
            var dateText = parseResult.GetValue(date);
            if (onlyArticle is not null && dateText is not null)
            {
                throw new CliException("Chỉ dùng một trong hai: --article hoặc --date.");
            }

            DateOnly? day = null;
            if (dateText is not null)
            {
                day = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : throw new CliException($"--date '{dateText}' không hợp lệ; dùng dạng yyyy-MM-dd, ví dụ 2026-12-07.");
            }

            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            var outRoot = Path.GetFullPath(parseResult.GetValue(output)
                ?? Path.Combine(host.Services.GetRequiredService<IOptions<PathOptions>>().Value.DataRoot, "preview"));
            var content = await host.Services.GetRequiredService<IContentLoader>().LoadAsync(null, cancellationToken);
            var selection = day is { } d
                ? await DueOnAsync(host.Services.GetRequiredService<PublishRunner>(), d, zone, cancellationToken)
                : Select(content, onlyArticle);

            foreach (var diagnostic in content.Diagnostics.Where(x => x.IsError))
            {
                await context.Out.WriteLineAsync(diagnostic.ToString());
            }

            if (selection.Count == 0)
            {
                context.Console.MarkupLine(day is null
                    ? "Không có bài nào để xem trước."
                    : $"Không có bài nào đến hạn ngày {day:dd/MM/yyyy}.");
                return content.HasErrors ? ExitCodes.Problems : ExitCodes.Ok;
            }

            using var previewHost = CliHost.CreateBuilder(context, parseResult, worker: false, PreviewSettings.For(outRoot)).BuildValidated();
            var renderer = ActivatorUtilities.CreateInstance<PreviewRenderer>(previewHost.Services);
            var items = await renderer.RenderAsync(selection, content.Taxonomy, cancellationToken);
            Print(context, tableFormat, items, outRoot);
            return content.HasErrors || items.Any(i => i.Path is null && i.Channel != ChannelNames.Radio + ":wav")
                ? ExitCodes.Problems
                : ExitCodes.Ok;
        });
        return command;
    }

    private static List<(Article, IReadOnlyCollection<string>)> Select(ContentSnapshot content, string? onlyArticle)
    {
        if (onlyArticle is null)
        {
            return [.. content.Articles.Where(a => a.Status is ArticleStatus.Ready).Select(a => (a, (IReadOnlyCollection<string>)a.Channels))];
        }

        var found = content.Articles.FirstOrDefault(a => string.Equals(a.Id, onlyArticle, StringComparison.Ordinal))
            ?? throw UnknownArticle(onlyArticle, content.Articles.Select(a => a.Id));
        return [(found, found.Channels)];
    }

    /// <summary>The articles due on <paramref name="day"/> (commune time) with the channels they are due on, as the queue sees them.</summary>
    private static async Task<List<(Article, IReadOnlyCollection<string>)>> DueOnAsync(
        PublishRunner runner, DateOnly day, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var (_, plan) = await runner.PreviewAsync(new PublishRequest(), cancellationToken);
        return [.. plan
            .Where(i => i.Article is not null && i.DueAt is { } due && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, zone).DateTime) == day)
            .GroupBy(i => i.ArticleId, StringComparer.Ordinal)
            .OrderBy(g => g.Min(i => i.DueAt))
            .Select(g => (g.First().Article!, (IReadOnlyCollection<string>)g.Select(i => i.Channel).ToHashSet(StringComparer.Ordinal)))];
    }

    /// <summary>An unknown article id: a usage error naming the nearest ids.</summary>
    public static CliException UnknownArticle(string id, IEnumerable<string> known)
    {
        var nearest = NearestMatch.Closest(id, known, 3);
        return new CliException(nearest.Count == 0
            ? $"Không có bài nào mã '{id}'. Xem danh sách bằng lệnh queue hoặc status."
            : $"Không có bài nào mã '{id}'. Có phải: {string.Join(", ", nearest)}?");
    }

    private static void Print(CliContext context, TableFormat format, IReadOnlyList<PreviewItem> items, string outRoot)
    {
        var table = new CliTable("Xem trước (chưa đăng)", "Bài viết", "Kênh", "Tệp / ghi chú");
        foreach (var item in items)
        {
            var label = item.Channel == ChannelNames.Radio + ":wav" ? "Loa truyền thanh (âm thanh)" : CliFormat.Channel(item.Channel);
            table.Add(
                $"{item.Title} ({item.ArticleId})",
                label,
                item.Path is { } path ? Path.GetRelativePath(outRoot, path) : item.Note ?? string.Empty);
        }

        TableOutput.Write(context, format, table);
        if (format.IsForPeople())
        {
            context.Console.PlainLine($"Các tệp xem trước nằm trong {outRoot}. Mở trang web: {Path.Combine(outRoot, "site", "index.html")}. Chưa có gì được đăng.");
        }
    }
}
