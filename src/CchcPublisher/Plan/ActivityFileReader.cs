using CchcPublisher.Common;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Text;
using CchcPublisher.Content.Yaml;

namespace CchcPublisher.Plan;

/// <summary>
/// Reads one activity file (<c>content/activities/*.yaml</c>), validated like an article:
/// <code>
/// date: 2026-03-12
/// form: hop-thon
/// task: NV01
/// categories: [chu-truong-chinh-sach]
/// description: Lồng ghép tuyên truyền CCHC tại họp thôn Đông Hòa (45 người dự)
/// attachment: tep/bien-ban-hop-thon-dong-hoa.pdf   # optional, relative to this file's folder
/// unit: Chi đoàn thôn Đông Hòa      # optional: who did it
/// participants: 45                  # optional quantities: participants, copies, banners, sessions
/// url: https://zalo.me/…            # optional: where a publication made by hand can be seen
/// </code>
/// A channel form (<c>zalo</c>, <c>radio</c>…) records a publication made outside the tool; it counts toward that
/// channel's targets next to the ledger's.
/// Whether <c>task</c> exists in a plan is checked by <see cref="PlanLoader"/>, which knows every plan.
/// </summary>
internal static class ActivityFileReader
{
    private static readonly string[] Keys =
        ["date", "form", "task", "categories", "description", "attachment", "unit", "url", "participants", "copies", "banners", "sessions"];

    /// <returns>The activity (null on error), its diagnostics, and the position of <c>task</c> for later checks.</returns>
    public static (PlanActivity? Activity, IReadOnlyList<Diagnostic> Diagnostics, (int Line, int Column) TaskAt) Read(
        ReadOnlySpan<byte> bytes, string fullPath, string displayPath, string relativePath, CategoryTaxonomy taxonomy, FormTaxonomy? forms = null)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var diagnostics = new DiagnosticBag(displayPath);
        var (activity, taskAt) = ReadActivity(bytes, fullPath, relativePath, taxonomy, forms ?? FormTaxonomy.BuiltIn, diagnostics);
        return (diagnostics.HasErrors ? null : activity, diagnostics.ToSortedList(), taskAt);
    }

    private static (PlanActivity?, (int, int)) ReadActivity(
        ReadOnlySpan<byte> bytes, string fullPath, string relativePath, CategoryTaxonomy taxonomy, FormTaxonomy forms, DiagnosticBag diagnostics)
    {
        var text = SourceTextDecoder.Decode(bytes, diagnostics);
        if (text is null || !YamlTreeReader.TryRead(text.Text, 1, diagnostics, out var root))
        {
            return (null, (1, 1));
        }

        if (root is not YamlMap map)
        {
            diagnostics.Error(root?.Line ?? 1, root?.Column ?? 1, DiagnosticCodes.PlanStructure,
                "Tệp hoạt động phải gồm các dòng \"khóa: giá trị\": date, form, task, categories, description (xem docs/plan.md).");
            return (null, (1, 1));
        }

        var fields = YamlFields.Index(map, Keys, diagnostics);
        var date = ReadDate(fields, map, diagnostics);
        var form = ReadForm(fields, map, forms, diagnostics);
        var task = YamlFields.Text(fields, "task", diagnostics);
        var taskAt = fields.TryGetValue("task", out var taskEntry) ? (taskEntry.Value.Line, taskEntry.Value.Column) : (map.Line, map.Column);
        var categories = PlanFileReader.ReadCategories(fields, "categories", taxonomy, diagnostics);
        var description = PlanFileReader.Required(fields, "description", map, diagnostics,
            "Hoạt động chưa có mô tả (\"description: Lồng ghép tuyên truyền CCHC tại họp thôn Đông Hòa\").");
        var (attachment, attachmentPath) = ReadAttachment(fields, fullPath, diagnostics);
        var unit = YamlFields.Text(fields, "unit", diagnostics);
        var url = ReadUrl(fields, diagnostics);
        var quantities = new ActivityQuantities(
            ReadCount(fields, "participants", diagnostics), ReadCount(fields, "copies", diagnostics),
            ReadCount(fields, "banners", diagnostics), ReadCount(fields, "sessions", diagnostics));
        if (date is null || form is null || description is null)
        {
            return (null, taskAt);
        }

        return (new PlanActivity
        {
            RelativePath = relativePath,
            Date = date.Value,
            Form = form,
            TaskId = task,
            Categories = categories,
            Description = description,
            Attachment = attachment,
            AttachmentPath = attachmentPath,
            Unit = unit,
            Url = url,
            Quantities = quantities,
        }, taskAt);
    }

    private static DateOnly? ReadDate(Dictionary<string, YamlEntry> fields, YamlMap map, DiagnosticBag diagnostics)
    {
        var text = PlanFileReader.Required(fields, "date", map, diagnostics,
            "Hoạt động chưa có ngày (\"date: 2026-03-12\").");
        if (text is null)
        {
            return null;
        }

        var value = fields["date"].Value;
        var result = PeriodText.Parse(text, defaultYear: null);
        if (result.Success && result.Value is { } range && range.Days == 1)
        {
            return range.Start;
        }

        if (result.Success)
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.PlanInvalidPeriod,
                $"\"date\" phải là một ngày (ví dụ 2026-03-12 hoặc 12/3/2026), không phải \"{text}\". Hoạt động kéo dài nhiều ngày thì ghi ngày bắt đầu.");
            return null;
        }

        PlanFileReader.Report(result, value, "Ngày của hoạt động", diagnostics);
        return null;
    }

    private static string? ReadForm(Dictionary<string, YamlEntry> fields, YamlMap map, FormTaxonomy forms, DiagnosticBag diagnostics)
    {
        var text = PlanFileReader.Required(fields, "form", map, diagnostics,
            $"Hoạt động chưa có hình thức (\"form: hop-thon\"); các hình thức: {string.Join(", ", forms.ActivityForms)}.");
        if (text is null)
        {
            return null;
        }

        var form = text.ToLowerInvariant();
        var value = fields["form"].Value;
        if (forms.IsActivityForm(form) || PlanForms.IsChannel(form))
        {
            return form;
        }

        if (PlanForms.ProgramChannels.Contains(form, StringComparer.Ordinal))
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.ActivityFormIsChannel,
                $"\"{form}\" là mục sổ theo dõi của chương trình phát thanh, không ghi thành hoạt động. Tin đọc trực tiếp trên loa ghi \"form: radio\".");
            return null;
        }

        var suggestion = NearestMatch.Find(form, forms.All);
        diagnostics.Error(value.Line, value.Column, DiagnosticCodes.PlanUnknownForm,
            $"Hình thức \"{text}\" không tồn tại. "
            + (suggestion is null
                ? $"Các hình thức hợp lệ: {string.Join(", ", forms.ActivityForms)}."
                : $"Có phải ý bạn là \"{suggestion}\" ({forms.Label(suggestion)})?")
            + $" Hình thức mới thêm vào {FormFileReader.FileName}.");
        return null;
    }

    private static int? ReadCount(Dictionary<string, YamlEntry> fields, string key, DiagnosticBag diagnostics)
    {
        var text = YamlFields.Text(fields, key, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 10_000_000)
        {
            return value;
        }

        var at = fields[key].Value;
        diagnostics.Error(at.Line, at.Column, DiagnosticCodes.ActivityValueInvalid,
            $"\"{key}\" phải là số nguyên không âm (ví dụ 45 hoặc 1.200), không phải \"{text}\".");
        return null;
    }

    private static string? ReadUrl(Dictionary<string, YamlEntry> fields, DiagnosticBag diagnostics)
    {
        var text = YamlFields.Text(fields, "url", diagnostics);
        if (text is null || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return text;
        }

        var at = fields["url"].Value;
        diagnostics.Error(at.Line, at.Column, DiagnosticCodes.ActivityValueInvalid,
            $"\"url\" phải là địa chỉ http(s) đầy đủ của bài đã đăng, không phải \"{text}\".");
        return null;
    }

    private static (string?, string?) ReadAttachment(Dictionary<string, YamlEntry> fields, string fullPath, DiagnosticBag diagnostics)
    {
        var attachment = YamlFields.Text(fields, "attachment", diagnostics);
        if (attachment is null)
        {
            return (null, null);
        }

        var value = fields["attachment"].Value;
        if (attachment.Contains("://", StringComparison.Ordinal))
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.ActivityAttachmentNotFound,
                $"Tệp đính kèm \"{attachment}\" là địa chỉ web. Hãy lưu tệp (biên bản, ảnh) vào thư mục nội dung và ghi đường dẫn tới tệp.");
            return (null, null);
        }

        var folder = Path.GetDirectoryName(fullPath) ?? ".";
        var resolved = Path.GetFullPath(Path.Combine(folder, attachment));
        if (!File.Exists(resolved))
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.ActivityAttachmentNotFound,
                $"Không tìm thấy tệp đính kèm \"{attachment}\" (tìm tại {resolved}). Đường dẫn tính từ thư mục chứa tệp hoạt động; kiểm tra tên tệp, chữ hoa/thường và phần mở rộng.");
            return (null, null);
        }

        return (attachment, resolved);
    }
}
