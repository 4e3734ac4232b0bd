namespace CchcPublisher.Web.Pages;

/// <summary>The editor's answer to an image upload: <c>{"duongDan": path in the article, "xem": preview URL}</c>.</summary>
internal sealed record UploadedImage(string DuongDan, string? Xem);
