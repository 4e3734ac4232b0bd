using System.Text.RegularExpressions;
using CchcPublisher.Cli;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Configuration;

namespace CchcPublisher.Province;

/// <summary>
/// One commune of a province installation as configuration layers, added after the province-wide ones
/// (<c>appsettings.json</c>, <c>--config</c>, <c>CCHC__</c> variables): its folders and ledger schema by
/// convention, then <c>&lt;Root&gt;/&lt;id&gt;/commune.json</c>, <c>&lt;Root&gt;/&lt;id&gt;/secrets.json</c> (kept out of
/// the content folder) and the environment variables <c>CCHC_&lt;ID&gt;__Section__Key</c> (id in capitals, '-' as '_').
/// </summary>
internal static partial class CommuneTenant
{
    public const string SettingsFile = "commune.json";

    public const string SecretsFile = "secrets.json";

    /// <summary>Lower-case letters, digits and inner '-', at most 40 characters (it names a folder and a schema).</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>The PostgreSQL schema of the commune's ledger.</summary>
    public static string Schema(string id) => "xa_" + id.Replace('-', '_');

    /// <summary>The prefix of the commune's own environment variables, e.g. <c>CCHC_HOA_AN__</c>.</summary>
    public static string EnvironmentPrefix(string id) => "CCHC_" + id.ToUpperInvariant().Replace('-', '_') + "__";

    /// <summary>
    /// The province root from configuration read so far (relative to <paramref name="baseFolder"/>, the folder of the
    /// <c>--config</c> file or the working folder), or null for a single-commune installation.
    /// </summary>
    public static string? Root(IConfiguration configuration, string baseFolder) =>
        configuration[$"{ProvinceOptions.SectionName}:{nameof(ProvinceOptions.Root)}"] is { Length: > 0 } root ? Path.GetFullPath(root, baseFolder) : null;

    /// <summary>Adds the commune's layers to <paramref name="configuration"/>; a bad id or a missing commune is a <see cref="CliException"/>.</summary>
    public static void Add(IConfigurationBuilder configuration, IConfiguration current, string baseFolder, string id)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsValidId(id))
        {
            throw new CliException($"--commune \"{id}\" không hợp lệ: mã xã chỉ gồm chữ thường không dấu, chữ số và dấu '-' (ví dụ hoa-an), tối đa 40 ký tự.");
        }

        var root = Root(current, baseFolder) ?? throw new CliException(
            $"--commune cần thiết lập {ProvinceOptions.SectionName}:{nameof(ProvinceOptions.Root)} (thư mục chứa các xã; đặt trong appsettings.json, --config hoặc biến môi trường CCHC__Province__Root).");
        var folder = Path.Combine(root, id);
        var settings = Path.Combine(folder, SettingsFile);
        if (!File.Exists(settings))
        {
            throw new CliException($"Không có xã \"{id}\": không tìm thấy tệp {settings}. Các xã hiện có: {string.Join(", ", List(root).DefaultIfEmpty("(chưa có)"))}.");
        }

        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{PathOptions.SectionName}:{nameof(PathOptions.Content)}"] = Path.Combine(folder, "content"),
            [$"{PathOptions.SectionName}:{nameof(PathOptions.Data)}"] = Path.Combine(folder, "data"),
            [$"{LedgerOptions.SectionName}:{nameof(LedgerOptions.Schema)}"] = Schema(id),
        });
        configuration.AddJsonFile(settings, optional: false, reloadOnChange: false);
        configuration.AddJsonFile(Path.Combine(folder, SecretsFile), optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables(EnvironmentPrefix(id));
    }

    /// <summary>The communes under <paramref name="root"/>: sub-folders with a valid id and a <c>commune.json</c>, in id order.</summary>
    public static IReadOnlyList<string> List(string root) =>
        !Directory.Exists(root)
            ? []
            : [.. Directory.EnumerateDirectories(root)
                .Where(d => File.Exists(Path.Combine(d, SettingsFile)))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(IsValidId)
                .Order(StringComparer.Ordinal)];

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
