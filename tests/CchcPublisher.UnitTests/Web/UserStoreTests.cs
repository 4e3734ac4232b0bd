using CchcPublisher.Hosting;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Web;

public sealed class UserStoreTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "cchc-users-" + Guid.NewGuid().ToString("N"));
    private readonly UserStore _users;

    public UserStoreTests()
    {
        _users = new UserStore(Options.Create(new PathOptions { Data = _data }), new FakeTimeProvider());
    }

    public void Dispose()
    {
        _users.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task Add_ThenVerify_RightPasswordOnly_AndNoPlainTextStored()
    {
        Assert.Null(await _users.AddAsync("bientap", ConsoleRoles.Editor, "mat-khau-cua-toi", TestContext.Current.CancellationToken));

        Assert.Equal(ConsoleRoles.Editor, (await _users.VerifyAsync("bientap", "mat-khau-cua-toi", TestContext.Current.CancellationToken))?.Role);
        Assert.Null(await _users.VerifyAsync("bientap", "mat-khau-khac-roi", TestContext.Current.CancellationToken));
        Assert.Null(await _users.VerifyAsync("khong-co", "mat-khau-cua-toi", TestContext.Current.CancellationToken));
        Assert.DoesNotContain("mat-khau-cua-toi", await File.ReadAllTextAsync(_users.FilePath, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_SameNameAgain_ReplacesPasswordAndRole()
    {
        await _users.AddAsync("ab.c", ConsoleRoles.Editor, "mat-khau-thu-nhat", TestContext.Current.CancellationToken);
        await _users.AddAsync("ab.c", ConsoleRoles.Leader, "mat-khau-thu-hai", TestContext.Current.CancellationToken);

        Assert.Single(await _users.ListAsync(TestContext.Current.CancellationToken));
        Assert.Null(await _users.VerifyAsync("ab.c", "mat-khau-thu-nhat", TestContext.Current.CancellationToken));
        Assert.Equal(ConsoleRoles.Leader, (await _users.VerifyAsync("ab.c", "mat-khau-thu-hai", TestContext.Current.CancellationToken))?.Role);
    }

    [Theory]
    [InlineData("Nguyễn", ConsoleRoles.Editor, "mat-khau-du-dai", "Tên đăng nhập")]
    [InlineData("ab", ConsoleRoles.Editor, "mat-khau-du-dai", "Tên đăng nhập")]
    [InlineData("bientap", "admin", "mat-khau-du-dai", "Vai trò")]
    [InlineData("bientap", ConsoleRoles.Editor, "ngan", "quá ngắn")]
    public async Task Add_BadInput_RefusedInVietnamese(string name, string role, string password, string expected)
    {
        var error = await _users.AddAsync(name, role, password, TestContext.Current.CancellationToken);

        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_users.FilePath));
    }
}
