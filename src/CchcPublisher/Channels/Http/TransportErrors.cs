using System.Globalization;
using System.Net.Sockets;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace CchcPublisher.Channels.Http;

/// <summary>
/// What went wrong on the wire, in Vietnamese words an official can act on: the English exception text (and any raw
/// HTML error page) stays in the log file, never in a message shown to people.
/// </summary>
internal static class TransportErrors
{
    /// <summary>A short Vietnamese phrase for a transport failure (no request was answered).</summary>
    public static string Describe(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException:
                    return "tạm ngừng gọi dịch vụ sau nhiều lỗi liên tiếp; sẽ thử lại sau ít phút";
                case RateLimiterRejectedException:
                    return "đang tự giới hạn số lần gọi dịch vụ; sẽ thử lại sau";
                case TimeoutRejectedException timeout:
                    return string.Create(CultureInfo.InvariantCulture, $"dịch vụ không trả lời trong {timeout.Timeout.TotalSeconds:0} giây");
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData }:
                    return "không tìm thấy địa chỉ máy chủ (kiểm tra kết nối Internet và địa chỉ trong cấu hình)";
                case HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }:
                    return "không lập được kết nối bảo mật (chứng chỉ HTTPS của máy chủ không hợp lệ, hoặc đồng hồ máy tính sai giờ)";
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }:
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable }:
                    return "không kết nối được tới máy chủ (máy chủ tắt, từ chối kết nối hoặc mạng bị ngắt)";
                case SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted }:
                case IOException:
                    return "kết nối bị ngắt giữa chừng";
                case TaskCanceledException or TimeoutException:
                    return "hết thời gian chờ dịch vụ trả lời";
                default:
                    break;
            }
        }

        return error is null ? "dịch vụ không trả lời" : "lỗi mạng không xác định (chi tiết trong tệp nhật ký data/logs)";
    }

    /// <summary>
    /// An answer that is an HTML page where JSON was expected (a hosting error page, a PHP fatal error), in words;
    /// <c>null</c> when the body is not HTML.
    /// </summary>
    public static string? DescribeHtmlPage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.TrimStart().StartsWith('<'))
        {
            return null;
        }

        if (body.Contains("Error establishing a database connection", StringComparison.OrdinalIgnoreCase))
        {
            return "máy chủ WordPress không kết nối được cơ sở dữ liệu của nó (MariaDB/MySQL); người quản trị máy chủ cần kiểm tra dịch vụ cơ sở dữ liệu";
        }

        if (body.Contains("critical error", StringComparison.OrdinalIgnoreCase) || body.Contains("Fatal error", StringComparison.OrdinalIgnoreCase))
        {
            return "máy chủ gặp lỗi nghiêm trọng (lỗi PHP hoặc plugin); người quản trị trang cần xem nhật ký lỗi của máy chủ";
        }

        return "máy chủ trả về một trang lỗi HTML thay vì dữ liệu (thường do máy chủ web, tường lửa hoặc plugin bảo mật chặn); chi tiết trong tệp nhật ký data/logs";
    }
}
