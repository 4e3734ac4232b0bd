using System.Net.Sockets;
using CchcPublisher.Channels.Http;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CchcPublisher.UnitTests.Channels.Http;

/// <summary>Transport failures are told in Vietnamese, never with the English exception text.</summary>
public sealed class TransportErrorsTests
{
    public static TheoryData<Exception, string> Failures => new()
    {
        { new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused)), "không kết nối được tới máy chủ" },
        { new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known"), "không tìm thấy địa chỉ máy chủ" },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established"), "kết nối bảo mật" },
        { new TimeoutRejectedException("The operation didn't complete within the allowed timeout of '00:00:30'.", TimeSpan.FromSeconds(30)), "không trả lời trong 30 giây" },
        { new TaskCanceledException("A task was canceled."), "hết thời gian chờ" },
        { new BrokenCircuitException("The circuit is now open"), "tạm ngừng gọi dịch vụ" },
        { new HttpRequestException("Error while copying content", new IOException("Unable to read data from the transport connection: Connection reset by peer.")), "kết nối bị ngắt giữa chừng" },
        { new InvalidOperationException("Something odd"), "lỗi mạng không xác định" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Describe_KnownFailure_VietnameseWithoutTheEnglishText(Exception failure, string expected)
    {
        var text = TransportErrors.Describe(failure);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(failure.Message, text, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeHtmlPage_JsonOrText_IsNotAPage_ErrorPagesAreDescribed()
    {
        Assert.Null(TransportErrors.DescribeHtmlPage("""{"code":"rest_forbidden"}"""));
        Assert.Null(TransportErrors.DescribeHtmlPage(null));
        Assert.Contains("trang lỗi HTML", TransportErrors.DescribeHtmlPage("<html><body>403 Forbidden</body></html>"), StringComparison.Ordinal);
        Assert.Contains("lỗi nghiêm trọng", TransportErrors.DescribeHtmlPage("<html><p>There has been a critical error on this website.</p></html>"), StringComparison.Ordinal);
    }
}
