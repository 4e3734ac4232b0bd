using CchcPublisher.Ledger;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.UnitTests.Ledger;

public sealed class JsonIdListTests
{
    [Fact]
    public void Write_AnyIds_SqliteJsonEachReadsThemBackInOrder()
    {
        string[] ids =
        [
            "2025/11/bai-1", "tin \"trích dẫn\"", @"a\b", "dòng\nmới", "tab\there", "Thủ tục hành chính", "<script>&amp;",
            "emoji 😀", string.Empty, "\u0001\u001f", "2025/11/bai-1",
        ];

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM json_each($ids) ORDER BY key";
        command.Parameters.AddWithValue("$ids", JsonIdList.Write(ids));
        var read = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                read.Add(reader.GetString(0));
            }
        }

        Assert.Equal(ids, read);
    }

    [Fact]
    public void Write_NoIds_EmptyArray() => Assert.Equal("[]", JsonIdList.Write([]));
}
