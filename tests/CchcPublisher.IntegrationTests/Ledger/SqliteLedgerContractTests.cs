using CchcPublisher.Ledger;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary>The ledger contract on a fresh SQLite file.</summary>
public sealed class SqliteLedgerContractTests : LedgerContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-ledger-").FullName;

    private protected override Task<ILedger> CreateAsync() =>
        Task.FromResult<ILedger>(new SqliteLedger(Path.Combine(_folder, "cchc.db"), TimeSpan.FromSeconds(10)));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
