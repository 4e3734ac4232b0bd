using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Plan;

/// <summary>
/// Reads <c>&lt;content&gt;/plan/*.yaml</c> and <c>&lt;content&gt;/activities/**/*.yaml</c> and checks them against
/// each other and the articles: duplicate plan ids, activities and <c>plan_task</c>s naming tasks no plan has,
/// activities dated outside every plan. Both folders are optional. Never throws for bad content.
/// </summary>
internal sealed class PlanLoader(IOptions<PathOptions> pathOptions, ILogger<PlanLoader> logger)
{
    public const string PlanFolder = "plan";
    public const string ActivitiesFolder = "activities";

    /// <param name="snapshot">The articles and taxonomy, as loaded from the same content folder.</param>
    /// <param name="contentRoot">Content folder; <c>null</c> means the configured one.</param>
    public Task<PlanContent> LoadAsync(ContentSnapshot snapshot, string? contentRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var root = contentRoot is null ? pathOptions.Value.ContentRoot : Path.GetFullPath(contentRoot);
        return Task.Run(() => Load(snapshot, root, Directory.GetCurrentDirectory(), cancellationToken), cancellationToken);
    }

    private PlanContent Load(ContentSnapshot snapshot, string root, string currentDirectory, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var forms = FormTaxonomy.BuiltIn;
        var formsFile = Path.Combine(root, FormFileReader.FileName);
        if (File.Exists(formsFile) && ReadBytes(formsFile, DiagnosticPaths.Display(formsFile, currentDirectory), diagnostics) is { } formBytes)
        {
            (forms, var formDiagnostics) = FormFileReader.Read(formBytes, DiagnosticPaths.Display(formsFile, currentDirectory));
            diagnostics.AddRange(formDiagnostics);
        }

        var plans = new List<PlanDocument>();
        foreach (var file in ListYaml(Path.Combine(root, PlanFolder), recursive: false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var display = DiagnosticPaths.Display(file, currentDirectory);
            if (ReadBytes(file, display, diagnostics) is not { } bytes)
            {
                continue;
            }

            (PlanDocument? plan, IReadOnlyList<Diagnostic> fileDiagnostics) = (null, []);
            try
            {
                (plan, fileDiagnostics) = PlanFileReader.Read(bytes, display, Relative(root, file), snapshot.Taxonomy, forms);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One file never stops the others: whatever a reader throws becomes this file's error.
                logger.PlanFileUnreadable(ex, file);
                fileDiagnostics = [ContentLoader.UnexpectedFailure(display)];
            }

            diagnostics.AddRange(fileDiagnostics);
            if (plan is null)
            {
                continue;
            }

            if (plans.Find(p => string.Equals(p.Id, plan.Id, StringComparison.OrdinalIgnoreCase)) is { } other)
            {
                diagnostics.Add(new Diagnostic(display, 1, 1, DiagnosticSeverity.Error, DiagnosticCodes.PlanDuplicateId,
                    $"Mã kế hoạch \"{plan.Id}\" trùng với {other.RelativePath}; kế hoạch này bị bỏ qua. Đổi tên tệp hoặc ghi \"id: ...\" khác."));
                continue;
            }

            plans.Add(plan);
        }

        var activities = new List<PlanActivity>();
        foreach (var file in ListYaml(Path.Combine(root, ActivitiesFolder), recursive: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var display = DiagnosticPaths.Display(file, currentDirectory);
            if (ReadBytes(file, display, diagnostics) is not { } bytes)
            {
                continue;
            }

            (PlanActivity? activity, IReadOnlyList<Diagnostic> fileDiagnostics, (int Line, int Column) taskAt) = (null, [], (1, 1));
            try
            {
                (activity, fileDiagnostics, taskAt) = ActivityFileReader.Read(bytes, file, display, Relative(root, file), snapshot.Taxonomy, forms);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.PlanFileUnreadable(ex, file);
                fileDiagnostics = [ContentLoader.UnexpectedFailure(display)];
            }

            diagnostics.AddRange(fileDiagnostics);
            if (activity is null)
            {
                continue;
            }

            var problem = CheckActivity(activity, plans, display, taskAt);
            if (problem is not null)
            {
                diagnostics.Add(problem);
                if (problem.IsError)
                {
                    continue;
                }
            }

            activities.Add(activity);
        }

        diagnostics.AddRange(CheckArticles(snapshot.Articles, plans, currentDirectory));
        logger.PlansLoaded(plans.Count, activities.Count, root, diagnostics.Count(d => d.IsError));
        return new PlanContent(plans, activities, diagnostics) { Forms = forms };
    }

    private static Diagnostic? CheckActivity(PlanActivity activity, List<PlanDocument> plans, string display, (int Line, int Column) taskAt)
    {
        if (activity.TaskId is { } taskId && !plans.Any(p => p.FindTask(taskId) is not null))
        {
            return new Diagnostic(display, taskAt.Line, taskAt.Column, DiagnosticSeverity.Error, DiagnosticCodes.PlanUnknownTask,
                $"Không có kế hoạch nào có nhiệm vụ \"{taskId}\". " + KnownTasks(plans));
        }

        if (plans.Count > 0 && !plans.Any(p => p.Period.Contains(activity.Date)))
        {
            return new Diagnostic(display, 1, 1, DiagnosticSeverity.Warning, DiagnosticCodes.ActivityOutsidePlans,
                $"Ngày {activity.Date:dd/MM/yyyy} nằm ngoài kỳ của mọi kế hoạch ({string.Join("; ", plans.Select(p => $"{p.Id}: {p.Period}"))}); hoạt động không được tính vào kế hoạch nào.");
        }

        return null;
    }

    /// <summary>Warnings for articles whose <c>plan_task</c> no plan has (they still count for channels and categories).</summary>
    private static IEnumerable<Diagnostic> CheckArticles(IReadOnlyList<Article> articles, List<PlanDocument> plans, string currentDirectory)
    {
        if (plans.Count == 0)
        {
            yield break;
        }

        foreach (var article in articles)
        {
            if (article.PlanTask is not { } task || plans.Any(p => p.FindTask(task) is not null))
            {
                continue;
            }

            var (line, column) = LocateKey(article.SourcePath, FrontMatterKeys.PlanTask);
            yield return new Diagnostic(DiagnosticPaths.Display(article.SourcePath, currentDirectory), line, column, DiagnosticSeverity.Warning,
                DiagnosticCodes.PlanUnknownTask,
                $"plan_task \"{task}\" không có trong kế hoạch nào; bài vẫn được tính theo kênh và chuyên mục nhưng không vào nhiệm vụ nào. " + KnownTasks(plans));
        }
    }

    private static string KnownTasks(List<PlanDocument> plans)
    {
        var ids = plans.SelectMany(p => p.Tasks.Select(t => t.Id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return ids.Count == 0 ? "Các kế hoạch chưa có nhiệm vụ nào." : $"Các mã nhiệm vụ hiện có: {string.Join(", ", ids)}.";
    }

    /// <summary>Line and column of the value of <paramref name="key"/> in the front matter, or 1:1.</summary>
    private static (int Line, int Column) LocateKey(string path, string key)
    {
        try
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                var trimmed = line.TrimStart('\uFEFF');
                if (trimmed.StartsWith(key, StringComparison.OrdinalIgnoreCase) && trimmed.AsSpan(key.Length).TrimStart().StartsWith(":"))
                {
                    var colon = trimmed.IndexOf(':', key.Length);
                    var value = colon + 1;
                    while (value < trimmed.Length && trimmed[value] == ' ')
                    {
                        value++;
                    }

                    return (lineNumber, value + 1 + (line.Length - trimmed.Length));
                }

                if (lineNumber > 200)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The article was read a moment ago; if it vanished since, 1:1 is good enough.
        }

        return (1, 1);
    }

    private byte[]? ReadBytes(string file, string display, List<Diagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.PlanFileUnreadable(ex, file);
            diagnostics.Add(ContentLoader.Unreadable(display, ex));
            return null;
        }
    }

    private static string[] ListYaml(string folder, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return [.. Directory.EnumerateFiles(folder, "*", options)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".yaml" or ".yml")
            .Order(StringComparer.Ordinal)];
    }

    private static string Relative(string root, string file) =>
        Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
}
