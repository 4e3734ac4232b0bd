namespace CchcPublisher.Web.Security;

/// <summary>
/// The console's roles and what each may do. Reading pages is open to every signed-in user; actions are not.
/// </summary>
internal static class ConsoleRoles
{
    /// <summary>Biên tập viên: writes, reorders the queue, confirms manual posts, publishes again.</summary>
    public const string Editor = "bien-tap-vien";

    /// <summary>Lãnh đạo: sees everything, including the audit trail.</summary>
    public const string Leader = "lanh-dao";

    /// <summary>Phát thanh: the radio pages and broadcast confirmation.</summary>
    public const string Radio = "phat-thanh";

    /// <summary>Quản trị: users and settings; may do every action.</summary>
    public const string Admin = "quan-tri";

    public static IReadOnlyList<string> All { get; } = [Editor, Leader, Radio, Admin];

    /// <summary>Policy: change the queue and the ledger (reorder, confirm, publish again, reconcile).</summary>
    public const string EditPolicy = "edit";

    /// <summary>Policy: confirm that a radio program aired.</summary>
    public const string BroadcastPolicy = "broadcast";

    /// <summary>Policy: read the audit trail.</summary>
    public const string AuditPolicy = "audit";

    public static IReadOnlyList<string> EditRoles { get; } = [Editor, Admin];

    public static IReadOnlyList<string> BroadcastRoles { get; } = [Radio, Editor, Admin];

    public static IReadOnlyList<string> AuditRoles { get; } = [Leader, Admin];

    /// <summary>Policy: approve or return an article (the leadership).</summary>
    public const string ApprovePolicy = "approve";

    public static IReadOnlyList<string> ApproveRoles { get; } = [Leader, Admin];

    public static string Label(string role) => role switch
    {
        Editor => "Biên tập viên",
        Leader => "Lãnh đạo",
        Radio => "Phát thanh",
        Admin => "Quản trị",
        _ => role,
    };
}
