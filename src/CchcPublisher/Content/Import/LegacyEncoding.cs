namespace CchcPublisher.Content.Import;

/// <summary>
/// The pre-Unicode Vietnamese encodings still found in Word documents typed years ago: the text is stored as
/// Windows-1252 characters and only the font (<c>.VnTime</c>, <c>VNI-Times</c>) makes it look Vietnamese.
/// </summary>
internal enum LegacyEncoding
{
    /// <summary>Unicode text: nothing to convert.</summary>
    None,

    /// <summary>TCVN 5712:1993 VN3 ("TCVN3", "ABC"): one byte per letter; fonts named <c>.Vn…</c>.</summary>
    Tcvn3,

    /// <summary>VNI: a base letter followed by one or two accent bytes; fonts named <c>VNI-…</c>.</summary>
    Vni,
}
