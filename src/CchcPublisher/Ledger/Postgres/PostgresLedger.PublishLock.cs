using Npgsql;

namespace CchcPublisher.Ledger.Postgres;

/// <summary>
/// The publish lock as a PostgreSQL session advisory lock on the commune's schema, held on a connection of its own
/// for the whole run. A worker that dies (SIGKILL, power loss) loses its connection and so its lock; the next
/// worker to take the lock may then treat entries left in "publishing" as a crash's leftovers and reconcile them.
/// </summary>
internal sealed partial class PostgresLedger : ISharedPublishLock
{
    /// <summary>First key of the two-key advisory lock: "CCHC" in ASCII, so other applications' locks never collide.</summary>
    private const int LockSpace = 0x43434843;

    public async Task<IDisposable> AcquirePublishLockAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var deadline = time.GetUtcNow() + timeout;
            while (true)
            {
                await using (var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@space, hashtext(@schema));", connection))
                {
                    command.Parameters.AddWithValue("space", LockSpace);
                    command.Parameters.AddWithValue("schema", Schema);
                    if (await command.ExecuteScalarAsync(cancellationToken) is true)
                    {
                        return new Held(connection, Schema);
                    }
                }

                if (time.GetUtcNow() >= deadline)
                {
                    throw new Publishing.PublishLockTimeoutException(
                        $"Một tiến trình khác (có thể là dịch vụ trên máy khác) đang đăng bài cho sổ theo dõi PostgreSQL '{Schema}'. Hãy thử lại sau.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, string schema) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                // Unlock before the connection goes back to the pool, where the session (and its lock) would live on.
                using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@space, hashtext(@schema));", connection);
                command.Parameters.AddWithValue("space", LockSpace);
                command.Parameters.AddWithValue("schema", schema);
                command.ExecuteScalar();
            }
            catch (NpgsqlException)
            {
                // The connection is broken: the server has ended the session, and the lock with it.
                NpgsqlConnection.ClearPool(connection);
            }
            finally
            {
                connection.Dispose();
            }
        }
    }
}
