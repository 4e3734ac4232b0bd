namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>What <c>radio program</c> reports.</summary>
/// <param name="Program">The assembled program (with no items when nothing was due), or <c>null</c> on <paramref name="Error"/>.</param>
/// <param name="Files">Files written (text, SSML, rundown, WAV), full paths.</param>
/// <param name="NextSlot">Where carried items go.</param>
/// <param name="AudioNote">Why no WAV was made (no engine, engine failed), in Vietnamese; <c>null</c> when one was.</param>
/// <param name="AudioFailed">True when an engine was available but failed (the command should exit non-zero).</param>
/// <param name="Error">A Vietnamese error for the official (unknown slot…); nothing was written.</param>
internal sealed record RadioProgramResult(
    RadioProgram? Program,
    IReadOnlyList<string> Files,
    (DateOnly Date, BroadcastSlot Slot)? NextSlot,
    string? AudioNote,
    bool AudioFailed,
    string? Error)
{
    public static RadioProgramResult Failed(string error) => new(null, [], null, null, false, error);
}
