using System.Globalization;
using System.Text;
using CchcPublisher.Channels.Http;
using CchcPublisher.Common;
using CchcPublisher.Content;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Plan;

/// <summary>
/// <c>record</c>: writes one activity file (<c>content/activities/&lt;date&gt;-&lt;form&gt;-&lt;slug&gt;.yaml</c>) for work
/// done outside the tool — a meeting, leaflets, or a publication made by hand on any channel, past or present —
/// and checks it with the same reader as <c>validate</c>; a file that would not validate is not kept.
/// </summary>
internal sealed class ActivityRecorder(IContentLoader content, IOptions<PathOptions> paths)
{
    /// <returns>The path written, or the Vietnamese problems.</returns>
    public async Task<(string? Path, IReadOnlyList<string> Problems)> RecordAsync(ActivityRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var folder = Path.Combine(paths.Value.ContentRoot, PlanLoader.ActivitiesFolder);
        var stem = string.Create(CultureInfo.InvariantCulture, $"{record.Date:yyyy-MM-dd}-{OutboxWriter.IdSlug(record.Form)}-{OutboxWriter.IdSlug(record.Description)}");
        stem = stem.Length > 90 ? stem[..90].TrimEnd('-') : stem;
        var path = Path.Combine(folder, stem + ".yaml");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.yaml"));
        }

        var yaml = ToYaml(record);
        var snapshot = await content.LoadAsync(null, cancellationToken);
        var relative = Path.GetRelativePath(paths.Value.ContentRoot, path);
        var (activity, diagnostics, _) = ActivityFileReader.Read(Encoding.UTF8.GetBytes(yaml), path, relative, relative, snapshot.Taxonomy);
        if (activity is null)
        {
            return (null, [.. diagnostics.Where(d => d.IsError).Select(d => d.Message)]);
        }

        await AtomicFile.WriteAllTextAsync(path, yaml, cancellationToken);
        return (path, []);
    }

    internal static string ToYaml(ActivityRecord record)
    {
        var builder = new StringBuilder();
        void Line(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                builder.Append(key).Append(": ").Append(Quote(value.Trim())).Append('\n');
            }
        }

        Line("date", record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("form", record.Form);
        Line("task", record.Task);
        if (record.Categories.Count > 0)
        {
            builder.Append("categories: [").Append(string.Join(", ", record.Categories.Select(Quote))).Append("]\n");
        }

        Line("description", record.Description);
        Line("unit", record.Unit);
        Line("url", record.Url);
        foreach (var (key, _) in ActivityQuantities.Keys)
        {
            Line(key, record.Quantities[key]?.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any text (colons, '#', leading dashes).</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal) + "\"";
}
