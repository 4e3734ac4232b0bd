using System.CommandLine;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Plan;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Cli;

/// <summary><c>validate</c>: every problem on its own line as <c>path:line:col: error|warning CODE: message</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("validate", "Kiểm tra mọi bài viết (và kế hoạch) trong thư mục nội dung; mã thoát 1 nếu có lỗi.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var snapshot = await host.Services.GetRequiredService<IContentLoader>().LoadAsync(null, cancellationToken);
            foreach (var diagnostic in snapshot.Diagnostics)
            {
                await context.Out.WriteLineAsync(diagnostic.ToString());
            }

            var plans = await host.Services.GetRequiredService<PlanLoader>().LoadAsync(snapshot, null, cancellationToken);
            foreach (var diagnostic in plans.Diagnostics)
            {
                await context.Out.WriteLineAsync(diagnostic.ToString());
            }

            var planner = host.Services.GetRequiredService<PublicationPlanner>();
            var unqueued = snapshot.Articles
                .Where(a => a.Status == ArticleStatus.Ready && a.PublishAt is null && planner.ColumnFor(a) is null)
                .ToList();
            foreach (var article in unqueued)
            {
                await context.Out.WriteLineAsync(
                    $"{article.RelativePath}:1:1: warning CCHC900: Bài không có publish_at và không chuyên mục nào nhận các thể loại của bài; bài sẽ không được đăng.");
            }

            var unreadable = Speech.SpeechValidation.UnreadableCapitals(snapshot, host.Services);
            foreach (var diagnostic in unreadable)
            {
                await context.Out.WriteLineAsync(diagnostic.ToString());
            }

            var errors = snapshot.Diagnostics.Count(d => d.IsError) + plans.Diagnostics.Count(d => d.IsError);
            var warnings = snapshot.Diagnostics.Count + plans.Diagnostics.Count - errors + unqueued.Count + unreadable.Count;
            await context.Out.WriteLineAsync(
                $"Đã kiểm tra {snapshot.Articles.Count + FilesWithErrors(snapshot)} bài viết: {errors} lỗi, {warnings} cảnh báo.");
            return errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }

    private static int FilesWithErrors(ContentSnapshot snapshot) =>
        snapshot.Diagnostics.Where(d => d.IsError).Select(d => d.Path).Distinct(StringComparer.Ordinal)
            .Count(path => !snapshot.Articles.Any(a => PathsEqual(a, path)));

    private static bool PathsEqual(Article article, string path) =>
        string.Equals(Path.GetFullPath(path), article.SourcePath, StringComparison.Ordinal);
}
