namespace CchcPublisher.Content.Text;

/// <summary>A content file decoded from UTF-8, with LF line endings (not yet NFC-normalized).</summary>
/// <param name="Text">The text without the BOM; CRLF and lone CR turned into LF.</param>
/// <param name="BomLength">Bytes of UTF-8 BOM skipped at the start (0 or 3).</param>
/// <param name="LineEndingsChanged">True when CR characters were removed or replaced.</param>
internal sealed record SourceText(string Text, int BomLength, bool LineEndingsChanged);
