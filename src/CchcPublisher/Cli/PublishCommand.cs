using System.CommandLine;
using CchcPublisher.Channels;
using CchcPublisher.Hosting;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary><c>publish --due-until T</c>: one shot; publishes everything due up to T, then a summary table.</summary>
internal static class PublishCommand
{
    public static Command Create(CliContext context)
    {
        var dueUntil = new Option<string>("--due-until")
        {
            Description = "Đăng mọi thứ đến hạn tới thời điểm này (ISO 8601; không có múi giờ = giờ của xã; chỉ có ngày = hết ngày đó)",
            Required = true,
        };
        var channel = new Option<string?>("--channel") { Description = "Chỉ đăng lên kênh này (website, zalo, facebook, radio)" };
        var article = new Option<string?>("--article") { Description = "Chỉ đăng bài có mã (id) này; thử lại ngay cả khi đang chờ lượt" };
        var command = new Command("publish", "Đăng một lần mọi bài đến hạn, in bảng tổng kết; mã thoát 1 nếu có lỗi.")
        {
            dueUntil, channel, article,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            var until = CliFormat.ParseDueUntil(parseResult.GetValue(dueUntil)!, zone);
            var onlyChannel = parseResult.GetValue(channel);
            if (onlyChannel is not null && !host.Services.GetServices<IChannel>().Any(c => c.Name == onlyChannel))
            {
                throw new CliException($"Kênh '{onlyChannel}' không có. Các kênh: {string.Join(", ", host.Services.GetServices<IChannel>().Select(c => c.Name))}.");
            }

            if (parseResult.GetValue(article) is { } onlyArticle)
            {
                var content = await host.Services.GetRequiredService<Content.IContentLoader>().LoadAsync(null, cancellationToken);
                if (!content.Articles.Any(a => string.Equals(a.Id, onlyArticle, StringComparison.Ordinal)))
                {
                    throw PreviewCommand.UnknownArticle(onlyArticle, content.Articles.Select(a => a.Id));
                }
            }

            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // Let the publication in progress finish or be recorded as interrupted, instead of dying mid-request.
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var runner = host.Services.GetRequiredService<PublishRunner>();
                var progress = new InlineProgress(report =>
                {
                    if (report.Outcome is not PublicationOutcome.Scheduled)
                    {
                        context.Console.MarkupLineInterpolated(
                            $"  [grey]{CliFormat.Outcome(report.Outcome)}[/] {report.Title} → {CliFormat.Channel(report.Channel)}");
                    }
                });
                context.Console.MarkupLineInterpolated($"[bold]Đang đăng các bài đến hạn tới {CliFormat.Local(until, zone)}…[/]");
                var result = await runner.RunAsync(
                    new PublishRequest(until, onlyChannel, parseResult.GetValue(article)), progress, cancel.Token);
                foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
                {
                    await context.Out.WriteLineAsync(diagnostic.ToString());
                }

                Summary(context.Console, result, zone);
                return result.AnyFailed || result.Diagnostics.Any(d => d.IsError) ? ExitCodes.Problems : ExitCodes.Ok;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }

    /// <summary>Rows of the result table; the counts below it always cover every item.</summary>
    internal const int MaxTableRows = 200;

    private static void Summary(IAnsiConsole console, PublishRunResult result, TimeZoneInfo zone)
    {
        var notable = result.Notable.ToList();
        if (notable.Count == 0)
        {
            console.MarkupLine("Không có gì mới để đăng: mọi bài đến hạn đều đã được đăng.");
        }
        else
        {
            var table = new Table().Title("Kết quả đăng bài").AddColumns("Bài viết", "Kênh", "Kết quả", "Đến hạn", "Địa chỉ / ghi chú");
            var shown = notable.OrderBy(i => i.Outcome is PublicationOutcome.Failed or PublicationOutcome.Unknown ? 0 : 1).Take(MaxTableRows).ToList();
            foreach (var item in shown)
            {
                table.AddRow(
                    Markup.Escape(item.Title),
                    Markup.Escape(CliFormat.Channel(item.Channel)),
                    Markup.Escape(CliFormat.Outcome(item.Outcome)),
                    Markup.Escape(CliFormat.Local(item.DueAt, zone)),
                    Markup.Escape(item.Message ?? item.Url ?? string.Empty));
            }

            console.Write(table);
            if (notable.Count > shown.Count)
            {
                // A first import publishes thousands of items: a table of them all helps nobody and costs more than
                // the run (docs/performance.md, section 3). Failures come first, so none is hidden behind successes.
                console.MarkupLineInterpolated(
                    $"… và {notable.Count - shown.Count} dòng khác (bảng chỉ hiện {MaxTableRows} dòng đầu, lỗi trước). Xem đủ bằng lệnh \"status\" hoặc trang Sổ theo dõi.");
            }
        }

        var errors = result.Diagnostics.Count(d => d.IsError);
        console.MarkupLineInterpolated(
            $"Đã đăng {result.Count(PublicationOutcome.Published)}, cập nhật {result.Count(PublicationOutcome.Updated)}, thất bại {result.Count(PublicationOutcome.Failed)}, chưa rõ {result.Count(PublicationOutcome.Unknown)}, chờ đăng thủ công {result.Count(PublicationOutcome.AwaitingManual)}, đã gỡ {result.Count(PublicationOutcome.Withdrawn)}, bỏ lỡ {result.Count(PublicationOutcome.Missed)}, lên lịch {result.Count(PublicationOutcome.Scheduled)}; {errors} lỗi nội dung.");
        if (result.NextDueAt is { } next)
        {
            console.MarkupLineInterpolated($"Lần đăng tiếp theo: {CliFormat.LocalWithDay(next, zone)}.");
        }
    }

    /// <summary>Reports synchronously on the caller's thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class InlineProgress(Action<PublicationReport> report) : IProgress<PublicationReport>
    {
        public void Report(PublicationReport value) => report(value);
    }
}
