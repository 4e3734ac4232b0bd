using System.Security.Cryptography;
using System.Text;
using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Common;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Speech.Scripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>
/// Prepares the program of one (date, slot): gathers the items due (radio ledger entries published or
/// scheduled up to the slot start, within <see cref="RadioOptions.CarryOverWindow"/>, not yet broadcast in
/// another program; plus dated articles for the radio not yet in the ledger), assembles it with
/// <see cref="ProgramAssembler"/>, writes text, SSML, rundown and — when an engine is available — WAV, and
/// records the program and each broadcast item in the ledger as awaiting confirmation (nothing counts as
/// broadcast before <see cref="BroadcastConfirmation"/> says it aired). Preparing the same program again rebuilds it
/// from the same items plus any newly due, so it can be rerun safely.
/// </summary>
internal sealed class RadioProgramService(
    ILedger ledger,
    IContentLoader content,
    ScriptBuilder scripts,
    TtsEngineSelector engines,
    IOptions<RadioOptions> options,
    IOptions<CommuneOptions> commune,
    IOptions<PathOptions> paths,
    TimeProvider time,
    ILogger<RadioProgramService> logger)
{
    private static readonly PublicationState[] DueStates = [PublicationState.Scheduled, PublicationState.Publishing, PublicationState.Published, PublicationState.AwaitingManual];

    public BroadcastSchedule Schedule => new(options.Value.EffectiveSlots, commune.Value.GetTimeZone());

    /// <summary>Default output folder: <c>&lt;data&gt;/&lt;Folder&gt;/&lt;ProgramFolder&gt;</c>.</summary>
    public string DefaultFolder => Path.Combine(paths.Value.DataRoot, options.Value.Folder, options.Value.ProgramFolder);

    /// <summary><c>radio program --date D --slot S [--out DIR]</c>.</summary>
    public Task<RadioProgramResult> PrepareAsync(DateOnly date, string slotKey, string? outputFolder, CancellationToken cancellationToken) =>
        PrepareAsync(date, slotKey, outputFolder, assembleEmpty: true, cancellationToken);

    /// <summary>
    /// As above; with <paramref name="assembleEmpty"/> false (the scheduled preparation, which only logs the outcome) a
    /// program with nothing due is not assembled: its result has no <see cref="RadioProgramResult.Program"/>, and an idle
    /// worker does not build the speech normalizer for station words nobody hears (docs/performance.md section 6).
    /// </summary>
    public async Task<RadioProgramResult> PrepareAsync(DateOnly date, string slotKey, string? outputFolder, bool assembleEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slotKey);
        var schedule = Schedule;
        if (schedule.Find(slotKey) is not { } slot)
        {
            var keys = schedule.Slots.Select(s => s.Key).ToList();
            var suggestion = NearestMatch.Find(slotKey, keys);
            return RadioProgramResult.Failed(
                $"Không có khung giờ phát thanh '{slotKey}'" + (suggestion is null ? "" : $"; có phải là '{suggestion}'?") +
                $" Các khung giờ đã cấu hình: {string.Join(", ", keys)}.");
        }

        var startsAt = schedule.StartsAt(date, slot);
        var programId = RadioProgram.IdFor(date, slot);
        if (await ledger.FindAsync(programId, RadioLedgerChannels.Program, cancellationToken) is { State: PublicationState.Published })
        {
            return RadioProgramResult.Failed($"Chương trình {programId} đã được xác nhận phát; không lập lại chương trình đã phát.");
        }

        var candidates = await GatherAsync(programId, startsAt, cancellationToken);
        if (candidates.Count == 0 && !assembleEmpty)
        {
            logger.RadioProgramEmpty(programId, 0);
            return new RadioProgramResult(null, [], schedule.Next(date, slot), null, false, null);
        }

        var assembler = new ProgramAssembler(scripts, ProgramSettings.From(options.Value, commune.Value.Name));
        var program = assembler.Assemble(date, slot, startsAt, candidates.Select(c => c.Candidate).ToList());
        var next = schedule.Next(date, slot);
        if (program.Items.Count == 0)
        {
            logger.RadioProgramEmpty(programId, program.Carried.Count);
            return new RadioProgramResult(program, [], next, null, false, null);
        }

        var folder = Path.GetFullPath(outputFolder ?? DefaultFolder);
        var stem = Path.Combine(folder, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}-{slot.Key}"));
        var text = ProgramWriter.Text(program);
        var files = new List<string> { stem + ".txt", stem + ".ssml", stem + ".rundown.md" };
        await AtomicFile.WriteAllTextAsync(files[0], text, cancellationToken);
        await AtomicFile.WriteAllTextAsync(files[1], ProgramWriter.Ssml(program), cancellationToken);
        await AtomicFile.WriteAllTextAsync(files[2], ProgramWriter.Rundown(program, next, options.Value.WordsPerMinute), cancellationToken);

        var (audioNote, audioFailed) = await RenderAudioAsync(program, stem + ".wav", files, cancellationToken);
        await RecordAsync(program, candidates, Path.GetFileName(files[0]), text, cancellationToken);
        logger.RadioProgramPrepared(programId, program.Items.Count, program.Carried.Count, program.Duration, folder);
        return new RadioProgramResult(program, files, next, audioNote, audioFailed, null);
    }

    private async Task<List<(ProgramCandidate Candidate, LedgerEntry? Broadcast)>> GatherAsync(
        string programId, DateTimeOffset startsAt, CancellationToken cancellationToken)
    {
        var snapshot = await content.LoadAsync(null, cancellationToken);
        var articles = snapshot.Articles
            .Where(a => a.Status == ArticleStatus.Ready)
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var radioEntries = await ledger.ListAsync(new LedgerQuery { Channel = ChannelNames.Radio }, cancellationToken);
        var broadcasts = (await ledger.ListAsync(new LedgerQuery { Channel = RadioLedgerChannels.Broadcast }, cancellationToken))
            .ToDictionary(e => e.ArticleId, StringComparer.Ordinal);
        var windowStart = startsAt - options.Value.CarryOverWindow;

        var due = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var entry in radioEntries.Where(e => DueStates.Contains(e.State)))
        {
            if ((entry.DueAt ?? entry.PublishedAt) is { } at)
            {
                due[entry.ArticleId] = at;
            }
        }

        // Dated radio articles the publisher has not recorded yet still belong to their slot.
        var recorded = radioEntries.Select(e => e.ArticleId).ToHashSet(StringComparer.Ordinal);
        foreach (var article in articles.Values.Where(a => a.PublishAt is not null && !recorded.Contains(a.Id)
                     && a.Channels.Contains(ChannelNames.Radio, StringComparer.Ordinal)))
        {
            due[article.Id] = article.PublishAt!.Value;
        }

        var result = new List<(ProgramCandidate, LedgerEntry?)>();
        foreach (var (articleId, at) in due.Where(d => d.Value <= startsAt && d.Value > windowStart).OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal))
        {
            var broadcast = broadcasts.GetValueOrDefault(articleId);
            if (broadcast is { State: PublicationState.Published or PublicationState.AwaitingManual } && broadcast.RemoteId != programId)
            {
                continue;
            }

            if (!articles.TryGetValue(articleId, out var article))
            {
                logger.RadioProgramArticleMissing(articleId, programId);
                continue;
            }

            var candidate = new ProgramCandidate(article.Id, article.Title, article.Categories, article.PlanTask, article.ContentHash, at, scripts.Build(article));
            result.Add((candidate, broadcast));
        }

        return result;
    }

    private async Task<(string? Note, bool Failed)> RenderAudioAsync(RadioProgram program, string path, List<string> files, CancellationToken cancellationToken)
    {
        var (engine, reason) = engines.Select();
        if (engine is null)
        {
            logger.RadioAudioSkipped(program.Id, reason!);
            return (reason, false);
        }

        try
        {
            var audio = await ProgramAudioRenderer.RenderAsync(engine, program.Segments, options.Value.ChunkCharacters, cancellationToken);
            await AtomicFile.WriteAllBytesAsync(path, audio.ToBytes(), cancellationToken);
            files.Add(path);
            return (await EncodeMp3Async(program, path, files, cancellationToken), false);
        }
        catch (TtsException ex)
        {
            logger.RadioAudioFailed(ex, program.Id, engine.Name);
            return ($"Không tạo được tệp WAV bằng {engine.Name}: {ex.Message}", true);
        }
    }

    /// <summary>The MP3 copy next to the WAV when an encoder is installed; a failure is a note, never a failed program.</summary>
    private async Task<string?> EncodeMp3Async(RadioProgram program, string wav, List<string> files, CancellationToken cancellationToken)
    {
        var encoder = new Mp3Encoder(options.Value.Tts.Mp3);
        if (encoder.Locate(out var reason) is not { } found)
        {
            return options.Value.Tts.Mp3.Encoder.Equals("auto", StringComparison.OrdinalIgnoreCase) || options.Value.Tts.Mp3.Encoder.Equals("none", StringComparison.OrdinalIgnoreCase)
                ? null
                : reason;
        }

        var mp3 = Path.ChangeExtension(wav, ".mp3");
        try
        {
            await encoder.EncodeAsync(found, wav, mp3, cancellationToken);
            files.Add(mp3);
            return null;
        }
        catch (TtsException ex)
        {
            logger.RadioAudioFailed(ex, program.Id, found.Name);
            return $"Đã có tệp WAV nhưng không tạo được MP3 bằng {found.Name}: {ex.Message}";
        }
    }

    private async Task RecordAsync(
        RadioProgram program,
        List<(ProgramCandidate Candidate, LedgerEntry? Broadcast)> candidates,
        string fileName,
        string text,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var included = program.Items.Select(i => i.ArticleId).ToHashSet(StringComparer.Ordinal);
        var sources = candidates.ToDictionary(c => c.Candidate.ArticleId, StringComparer.Ordinal);
        foreach (var item in program.Items)
        {
            var previous = sources[item.ArticleId].Broadcast;
            await ledger.SaveAsync(
                new LedgerEntry
                {
                    ArticleId = item.ArticleId,
                    Channel = RadioLedgerChannels.Broadcast,
                    State = PublicationState.AwaitingManual,
                    DueAt = program.StartsAt,
                    RemoteId = program.Id,
                    ContentHash = item.ContentHash,
                    PublishedHash = item.ContentHash,
                    Attempts = (previous?.Attempts ?? 0) + 1,
                    Title = item.Title,
                    Categories = item.Categories,
                    PlanTask = item.PlanTask,
                    CreatedAt = previous?.CreatedAt ?? now,
                    UpdatedAt = now,
                },
                cancellationToken);
        }

        // Items this program held at an earlier preparation but no longer fits go back to waiting.
        foreach (var (candidate, broadcast) in candidates.Where(c => !included.Contains(c.Candidate.ArticleId)
                     && c.Broadcast is { State: PublicationState.Published or PublicationState.AwaitingManual } b && b.RemoteId == program.Id))
        {
            await ledger.SaveAsync(
                broadcast! with { State = PublicationState.Skipped, LastError = "Chuyển sang buổi sau: không đủ thời lượng.", UpdatedAt = now, PublishedAt = null },
                cancellationToken);
        }

        var previousProgram = await ledger.FindAsync(program.Id, RadioLedgerChannels.Program, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        await ledger.SaveAsync(
            new LedgerEntry
            {
                ArticleId = program.Id,
                Channel = RadioLedgerChannels.Program,
                State = PublicationState.AwaitingManual,
                DueAt = program.StartsAt,
                RemoteId = fileName,
                ContentHash = hash,
                PublishedHash = hash,
                Attempts = (previousProgram?.Attempts ?? 0) + 1,
                Title = program.Title,
                Categories = program.Items.SelectMany(i => i.Categories).Distinct(StringComparer.Ordinal).ToList(),
                CreatedAt = previousProgram?.CreatedAt ?? now,
                UpdatedAt = now,
            },
            cancellationToken);
    }
}
