using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>
/// espeak-ng as a local engine: <c>espeak-ng -v vi -s 150 -b 1 --stdin -w out.wav</c>, one process per chunk,
/// text on standard input (UTF-8), audio in a temporary file that is deleted afterwards.
/// </summary>
internal sealed class EspeakTtsEngine(string executable, EspeakOptions options) : ITtsEngine
{
    public string Name => "espeak-ng";

    /// <summary>Full path of the configured executable (a path, or a name looked up on PATH), or <c>null</c> when absent.</summary>
    public static string? Locate(string configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        if (Path.IsPathRooted(configured) || configured.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var names = OperatingSystem.IsWindows() && !configured.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)
            ? new[] { configured + ".exe", configured }
            : [configured];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public async Task<WavAudio> SynthesizeAsync(ScriptChunk chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var output = Path.Combine(Path.GetTempPath(), $"cchc-espeak-{Guid.NewGuid():N}.wav");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        foreach (var argument in new[] { "-v", options.Voice, "-s", options.Speed.ToString(CultureInfo.InvariantCulture), "-b", "1", "--stdin", "-w", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var process = Process.Start(start) ?? throw new TtsException($"Không chạy được '{executable}'.");
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.StandardInput.WriteAsync(chunk.Text.AsMemory(), timeout.Token);
            process.StandardInput.Close();
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new TtsException($"espeak-ng dừng với mã {process.ExitCode}: {(await errors).Trim()}");
            }

            return WavAudio.Parse(await File.ReadAllBytesAsync(output, cancellationToken));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TtsException($"espeak-ng chạy quá {options.Timeout} cho một đoạn văn bản.");
        }
        catch (Win32Exception ex)
        {
            throw new TtsException($"Không chạy được '{executable}': {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new TtsException($"espeak-ng trả về âm thanh không đọc được: {ex.Message}", ex);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
