using System.Threading.Channels;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CchcPublisher.Scheduling;

/// <summary>
/// Picks up new, edited and removed articles while the worker runs: file-system events (debounced) plus a
/// periodic fingerprint of the content folder, because events are not raised on every share or editor.
/// A change triggers the publish job, which re-reads the content and re-plans.
/// </summary>
internal sealed partial class ContentWatcher(
    ISchedulerFactory schedulerFactory,
    IOptions<PathOptions> paths,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var root = paths.Value.ContentRoot;
        var signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = TryWatch(root, () => signals.Writer.TryWrite(true));
        var polling = PollAsync(signals.Writer, stoppingToken);
        var last = ContentFingerprint.Of(root);
        try
        {
            await foreach (var _ in signals.Reader.ReadAllAsync(stoppingToken))
            {
                await Task.Delay(options.Value.ContentDebounce, time, stoppingToken);
                while (signals.Reader.TryRead(out var _))
                {
                }

                var current = ContentFingerprint.Of(root);
                if (current == last)
                {
                    continue;
                }

                last = current;
                ContentChanged(logger, root);
                var scheduler = await schedulerFactory.GetScheduler(stoppingToken);
                await scheduler.TriggerJob(JobKeys.PublishDue, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await polling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task PollAsync(ChannelWriter<bool> writer, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ContentPollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            writer.TryWrite(true);
        }
    }

    private FileSystemWatcher? TryWatch(string root, Action changed)
    {
        if (!Directory.Exists(root))
        {
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => changed();
            watcher.Created += (_, _) => changed();
            watcher.Deleted += (_, _) => changed();
            watcher.Renamed += (_, _) => changed();
            watcher.Error += (_, _) => changed();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            WatchUnavailable(logger, root, ex.Message);
            return null;
        }
    }

    [LoggerMessage(2002, LogLevel.Information, "Nội dung trong {Root} đã thay đổi; đọc lại và lên lịch lại.")]
    private static partial void ContentChanged(ILogger logger, string root);

    [LoggerMessage(2003, LogLevel.Warning, "Không theo dõi được thư mục {Root} ({Reason}); chỉ kiểm tra định kỳ.")]
    private static partial void WatchUnavailable(ILogger logger, string root, string reason);
}
