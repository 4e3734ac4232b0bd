using CchcPublisher.Approval;
using CchcPublisher.Ledger;

namespace CchcPublisher.IntegrationTests.Approval;

/// <summary>The approval store contract in a fresh SQLite ledger file.</summary>
public sealed class SqliteApprovalStoreTests : ApprovalStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-approval-").FullName;

    private protected override Task<(ILedger Ledger, IApprovalStore Store)> CreateAsync()
    {
        var path = Path.Combine(_folder, "cchc.db");
        return Task.FromResult<(ILedger, IApprovalStore)>((new SqliteLedger(path, TimeSpan.FromSeconds(10)), new SqliteApprovalStore(path, TimeSpan.FromSeconds(10))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
