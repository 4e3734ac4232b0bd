using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CchcPublisher.Common;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Content.Index;

/// <summary>
/// The index file's format: JSON lines, a first line <c>{"Version":2,"Key":"…"}</c>, then one line per file's
/// <see cref="IndexedParse"/> (null members left out). Read and written with <see cref="Utf8JsonReader"/> and
/// <see cref="Utf8JsonWriter"/> line by line, not with the serializer: a scheduler tick reads this file, and the
/// serializer's metadata for these records is about a thousand generic methods to compile, which an idle worker
/// without ready-to-run code (the trimmed release build) would hold for its lifetime. One line at a time also keeps
/// the index of 100,000 articles (tens of MB) from ever being one buffer.
/// </summary>
internal static class ArticleIndexFormat
{
    public const int Version = 2;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // A cache file, never embedded in HTML: Vietnamese stays as UTF-8 (a third of the size of \uXXXX escapes).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static async Task WriteAsync(Stream stream, string key, IEnumerable<IndexedParse> entries, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushAt + (FlushAt / 4));
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("Version"u8, Version);
        writer.WriteString("Key"u8, key);
        writer.WriteEndObject();
        EndLine(writer, buffer);
        foreach (var entry in entries)
        {
            WriteEntry(writer, entry);
            EndLine(writer, buffer);
            if (buffer.WrittenCount >= FlushAt)
            {
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
        }

        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }

    /// <summary>The file is written in pieces of about this size.</summary>
    private const int FlushAt = 64 * 1024;

    private static void EndLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        writer.Reset(buffer);
    }

    /// <summary>
    /// The entries by relative path, or null when the file is another version's or was written for another
    /// <paramref name="key"/>.
    /// </summary>
    /// <exception cref="JsonException">A line is not an entry (a damaged file).</exception>
    public static Dictionary<string, IndexedParse>? Read(Stream stream, string key)
    {
        var entries = new Dictionary<string, IndexedParse>(StringComparer.Ordinal);
        return Read(stream, key, entry => entries[entry.RelativePath] = entry) ? entries : null;
    }

    /// <summary>
    /// Hands each entry to <paramref name="onEntry"/> as its line is read, so a reader that keeps only what it needs
    /// never holds the whole index; false when the file is another version's or was written for another
    /// <paramref name="key"/> (nothing handed out).
    /// </summary>
    /// <exception cref="JsonException">A line is not an entry (a damaged file): what was handed out before it must be dropped.</exception>
    public static bool Read(Stream stream, string key, Action<IndexedParse> onEntry)
    {
        ArgumentNullException.ThrowIfNull(onEntry);
        var headerRead = false;
        // The values many entries repeat (channel and category lists, authors, plan tasks, units), one instance each:
        // 10,000 articles' lists of a handful of keys would otherwise be 55,000 strings held by the content snapshot.
        var shared = new SharedStrings();
        var buffer = ArrayPool<byte>.Shared.Rent(FlushAt);
        try
        {
            int start = 0, end = 0;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    var line = buffer.AsSpan(start, newline);
                    start += newline + 1;
                    if (!headerRead)
                    {
                        if (!HeaderMatches(line, key))
                        {
                            return false;
                        }

                        headerRead = true;
                        continue;
                    }

                    onEntry(ReadEntry(line, shared));
                    continue;
                }

                // No whole line left in the buffer: keep the rest at its start, make room for a longer line, read on.
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
                if (end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    // Every line ends with a line feed: anything after the last one is a file cut short.
                    return end == 0 ? headerRead : throw new JsonException("The index ends inside a line.");
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool HeaderMatches(ReadOnlySpan<byte> line, string key)
    {
        var reader = new Utf8JsonReader(line);
        int? version = null;
        string? readKey = null;
        StartObject(ref reader);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Version"u8))
            {
                version = ReadInt32(ref reader);
            }
            else if (reader.ValueTextEquals("Key"u8))
            {
                readKey = ReadString(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return version == Version && string.Equals(readKey, key, StringComparison.Ordinal);
    }

    private static IndexedParse ReadEntry(ReadOnlySpan<byte> line, SharedStrings shared)
    {
        var reader = new Utf8JsonReader(line);
        string? relativePath = null;
        long? length = null, modifiedTicks = null;
        IndexedArticle? article = null;
        IReadOnlyList<Diagnostic> diagnostics = [];
        int idLine = 0, idColumn = 0;
        StartObject(ref reader);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("RelativePath"u8))
            {
                relativePath = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("Length"u8))
            {
                length = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("ModifiedTicks"u8))
            {
                modifiedTicks = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("Article"u8))
            {
                article = ReadArticle(ref reader, shared);
            }
            else if (reader.ValueTextEquals("Diagnostics"u8))
            {
                diagnostics = ReadDiagnostics(ref reader) is { Count: > 0 } read ? read : [];
            }
            else if (reader.ValueTextEquals("IdLine"u8))
            {
                idLine = ReadInt32(ref reader);
            }
            else if (reader.ValueTextEquals("IdColumn"u8))
            {
                idColumn = ReadInt32(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new IndexedParse(
            relativePath ?? throw Missing("RelativePath"),
            length ?? throw Missing("Length"),
            modifiedTicks ?? throw Missing("ModifiedTicks"),
            article,
            diagnostics,
            idLine,
            idColumn);
    }

    private static IndexedArticle ReadArticle(ref Utf8JsonReader reader, SharedStrings shared)
    {
        string? id = null, sourcePath = null, relativePath = null, title = null, summary = null, author = null, coverPath = null;
        string? planTask = null, unit = null, slug = null, contentHash = null;
        IReadOnlyList<string>? categories = null, channels = null;
        DateTimeOffset? publishAt = null, modifiedAt = null;
        bool? channelsExplicit = null;
        ArticleStatus? status = null;
        int? bodyLine = null;
        reader.Read();
        StartObject(ref reader);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Id"u8)) { id = ReadString(ref reader); }
            else if (reader.ValueTextEquals("SourcePath"u8)) { sourcePath = ReadString(ref reader); }
            else if (reader.ValueTextEquals("RelativePath"u8)) { relativePath = ReadString(ref reader); }
            else if (reader.ValueTextEquals("Title"u8)) { title = ReadString(ref reader); }
            else if (reader.ValueTextEquals("Categories"u8)) { categories = shared.Share(ReadStrings(ref reader)); }
            else if (reader.ValueTextEquals("PublishAt"u8)) { publishAt = ReadInstant(ref reader); }
            else if (reader.ValueTextEquals("Channels"u8)) { channels = shared.Share(ReadStrings(ref reader)); }
            else if (reader.ValueTextEquals("ChannelsExplicit"u8)) { channelsExplicit = ReadBoolean(ref reader); }
            else if (reader.ValueTextEquals("Summary"u8)) { summary = ReadString(ref reader); }
            else if (reader.ValueTextEquals("Author"u8)) { author = shared.Share(ReadString(ref reader)); }
            else if (reader.ValueTextEquals("CoverPath"u8)) { coverPath = ReadString(ref reader); }
            else if (reader.ValueTextEquals("PlanTask"u8)) { planTask = shared.Share(ReadString(ref reader)); }
            else if (reader.ValueTextEquals("Unit"u8)) { unit = shared.Share(ReadString(ref reader)); }
            else if (reader.ValueTextEquals("Status"u8)) { status = ReadStatus(ref reader); }
            else if (reader.ValueTextEquals("BodyLine"u8)) { bodyLine = ReadInt32(ref reader); }
            else if (reader.ValueTextEquals("Slug"u8)) { slug = ReadString(ref reader); }
            else if (reader.ValueTextEquals("ContentHash"u8)) { contentHash = ReadString(ref reader); }
            else if (reader.ValueTextEquals("ModifiedAt"u8)) { modifiedAt = ReadInstant(ref reader); }
            else { SkipValue(ref reader); }
        }

        return new IndexedArticle(
            id ?? throw Missing("Id"),
            sourcePath ?? throw Missing("SourcePath"),
            relativePath ?? throw Missing("Article.RelativePath"),
            title ?? throw Missing("Title"),
            categories ?? throw Missing("Categories"),
            publishAt,
            channels ?? throw Missing("Channels"),
            channelsExplicit ?? throw Missing("ChannelsExplicit"),
            summary,
            author,
            coverPath,
            planTask,
            unit,
            status ?? throw Missing("Status"),
            bodyLine ?? throw Missing("BodyLine"),
            slug ?? throw Missing("Slug"),
            contentHash ?? throw Missing("ContentHash"),
            modifiedAt);
    }

    private static List<Diagnostic> ReadDiagnostics(ref Utf8JsonReader reader)
    {
        var diagnostics = new List<Diagnostic>();
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Diagnostics: an array was expected.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? path = null, code = null, message = null;
            int? line = null, column = null;
            DiagnosticSeverity? severity = null;
            StartObject(ref reader);
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("Path"u8)) { path = ReadString(ref reader); }
                else if (reader.ValueTextEquals("Line"u8)) { line = ReadInt32(ref reader); }
                else if (reader.ValueTextEquals("Column"u8)) { column = ReadInt32(ref reader); }
                else if (reader.ValueTextEquals("Severity"u8)) { severity = ReadSeverity(ref reader); }
                else if (reader.ValueTextEquals("Code"u8)) { code = ReadString(ref reader); }
                else if (reader.ValueTextEquals("Message"u8)) { message = ReadString(ref reader); }
                else { SkipValue(ref reader); }
            }

            diagnostics.Add(new Diagnostic(
                path ?? throw Missing("Path"),
                line ?? throw Missing("Line"),
                column ?? throw Missing("Column"),
                severity ?? throw Missing("Severity"),
                code ?? throw Missing("Code"),
                message ?? throw Missing("Message")));
        }

        return diagnostics;
    }

    /// <summary>At an object's start (the reader is moved onto it when it stands before it).</summary>
    private static void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.None)
        {
            reader.Read();
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An object was expected.");
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The object is not closed.");
        }

        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException("A property name was expected."),
        };
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("A string was expected.");
    }

    private static int ReadInt32(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt32();
    }

    private static long ReadInt64(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt64();
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetBoolean();
    }

    private static DateTimeOffset ReadInstant(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetDateTimeOffset();
    }

    private static ArticleStatus ReadStatus(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.ValueTextEquals("Ready"u8) ? ArticleStatus.Ready
            : reader.ValueTextEquals("Draft"u8) ? ArticleStatus.Draft
            : throw new JsonException("Status: Ready or Draft was expected.");
    }

    private static DiagnosticSeverity ReadSeverity(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.ValueTextEquals("Error"u8) ? DiagnosticSeverity.Error
            : reader.ValueTextEquals("Warning"u8) ? DiagnosticSeverity.Warning
            : throw new JsonException("Severity: Error or Warning was expected.");
    }

    private static string[] ReadStrings(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("An array was expected.");
        }

        var values = new List<string>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("A string was expected."));
        }

        return [.. values];
    }

    private static JsonException Missing(string name) => new($"{name} is missing.");

    private static void WriteEntry(Utf8JsonWriter writer, IndexedParse entry)
    {
        writer.WriteStartObject();
        writer.WriteString("RelativePath"u8, entry.RelativePath);
        writer.WriteNumber("Length"u8, entry.Length);
        writer.WriteNumber("ModifiedTicks"u8, entry.ModifiedTicks);
        if (entry.Article is { } a)
        {
            writer.WriteStartObject("Article"u8);
            writer.WriteString("Id"u8, a.Id);
            writer.WriteString("SourcePath"u8, a.SourcePath);
            writer.WriteString("RelativePath"u8, a.RelativePath);
            writer.WriteString("Title"u8, a.Title);
            WriteList(writer, "Categories"u8, a.Categories);
            if (a.PublishAt is { } publishAt)
            {
                writer.WriteString("PublishAt"u8, publishAt);
            }

            WriteList(writer, "Channels"u8, a.Channels);
            writer.WriteBoolean("ChannelsExplicit"u8, a.ChannelsExplicit);
            WriteOptional(writer, "Summary"u8, a.Summary);
            WriteOptional(writer, "Author"u8, a.Author);
            WriteOptional(writer, "CoverPath"u8, a.CoverPath);
            WriteOptional(writer, "PlanTask"u8, a.PlanTask);
            WriteOptional(writer, "Unit"u8, a.Unit);
            writer.WriteString("Status"u8, a.Status == ArticleStatus.Draft ? "Draft"u8 : "Ready"u8);
            writer.WriteNumber("BodyLine"u8, a.BodyLine);
            writer.WriteString("Slug"u8, a.Slug);
            writer.WriteString("ContentHash"u8, a.ContentHash);
            if (a.ModifiedAt is { } modifiedAt)
            {
                writer.WriteString("ModifiedAt"u8, modifiedAt);
            }

            writer.WriteEndObject();
        }

        writer.WriteStartArray("Diagnostics"u8);
        foreach (var d in entry.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("Path"u8, d.Path);
            writer.WriteNumber("Line"u8, d.Line);
            writer.WriteNumber("Column"u8, d.Column);
            writer.WriteString("Severity"u8, d.IsError ? "Error"u8 : "Warning"u8);
            writer.WriteString("Code"u8, d.Code);
            writer.WriteString("Message"u8, d.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("IdLine"u8, entry.IdLine);
        writer.WriteNumber("IdColumn"u8, entry.IdColumn);
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
