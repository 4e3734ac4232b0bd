using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>
/// Encodes a program's WAV file to MP3 with an installed encoder (see <see cref="Mp3Options"/>): one process,
/// output to a temporary file renamed into place, so a half-written MP3 is never served.
/// </summary>
internal sealed class Mp3Encoder(Mp3Options options)
{
    /// <summary>The encoder to use (its name and full path), or null with the reason there is none.</summary>
    public (string Name, string Path)? Locate(out string? reason)
    {
        reason = null;
        var choice = options.Encoder.Trim().ToLowerInvariant();
        if (choice == "none")
        {
            reason = "Không tạo MP3 (Channels:Radio:Tts:Mp3:Encoder = none).";
            return null;
        }

        foreach (var name in choice == "auto" ? ["lame", "ffmpeg"] : new[] { choice })
        {
            if (EspeakTtsEngine.Locate(string.IsNullOrWhiteSpace(options.Path) ? name : options.Path) is { } path)
            {
                return (name, path);
            }
        }

        reason = choice == "auto"
            ? "Không có bản MP3: máy chưa cài LAME hoặc FFmpeg (Debian: apt-get install lame; Windows: đặt lame.exe vào PATH hoặc khai báo Channels:Radio:Tts:Mp3:Path)."
            : $"Không tìm thấy chương trình {choice} để tạo MP3 (Channels:Radio:Tts:Mp3).";
        return null;
    }

    /// <summary>Writes <paramref name="mp3"/> from <paramref name="wav"/>; throws <see cref="TtsException"/> with a Vietnamese reason.</summary>
    public async Task EncodeAsync((string Name, string Path) encoder, string wav, string mp3, CancellationToken cancellationToken)
    {
        var temp = mp3 + ".tmp-" + Guid.NewGuid().ToString("N")[..8] + ".mp3";
        var bitrate = options.BitrateKbps.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(encoder.Path)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        string[] arguments = encoder.Name == "ffmpeg"
            ? ["-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-i", wav, "-ac", "1", "-codec:a", "libmp3lame", "-b:a", bitrate + "k", "-f", "mp3", temp]
            : ["--quiet", "--nohist", "-m", "m", "-b", bitrate, "--cbr", wav, temp];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var process = Process.Start(start) ?? throw new TtsException($"Không chạy được '{encoder.Path}'.");
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0 || !File.Exists(temp) || new FileInfo(temp).Length == 0)
            {
                throw new TtsException($"{encoder.Name} dừng với mã {process.ExitCode}: {(await errors).Trim()}");
            }

            File.Move(temp, mp3, overwrite: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TtsException($"{encoder.Name} chạy quá {options.Timeout} khi tạo MP3.");
        }
        catch (Win32Exception ex)
        {
            throw new TtsException($"Không chạy được '{encoder.Path}': {ex.Message}", ex);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
