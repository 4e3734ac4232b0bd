using System.CommandLine;

namespace CchcPublisher.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Content = new("--content")
    {
        Description = "Thư mục nội dung (mặc định ./content)",
        Recursive = true,
    };

    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Thư mục dữ liệu: sổ theo dõi, trang web, hộp thư đi, kịch bản phát thanh (mặc định ./data)",
        Recursive = true,
    };

    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Tệp cấu hình JSON bổ sung (sau appsettings.json, trước biến môi trường CCHC__...)",
        Recursive = true,
    };

    public static readonly Option<string?> Commune = new("--commune")
    {
        Description = "Mã xã trong cài đặt cấp tỉnh (thư mục con của Province:Root, ví dụ hoa-an); bỏ trống khi chỉ có một xã",
        Recursive = true,
    };
}
