namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>
/// Ledger "channels" used by programs (not publishing channels: never in front matter). A program is one
/// entry (<c>radio-program</c>, id <c>program/2026-11-23/sang</c>); each item broadcast in it is one entry
/// (<c>radio-broadcast</c>, the article id, remote id = the program id).
/// </summary>
internal static class RadioLedgerChannels
{
    public const string Program = "radio-program";

    public const string Broadcast = "radio-broadcast";
}
