using System.Text.Json;
using System.Text.RegularExpressions;
using CchcPublisher.Common;
using CchcPublisher.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web.Security;

/// <summary>
/// The console's users in <c>&lt;data&gt;/users.json</c> (written atomically, owner-only on Unix). Passwords are
/// hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2); there is no default user and
/// no default password: <c>users add</c> creates them.
/// </summary>
internal sealed partial class UserStore(IOptions<PathOptions> paths, TimeProvider time) : IDisposable
{
    public const string FileName = "users.json";

    /// <summary>Shortest password accepted.</summary>
    public const int MinimumPasswordLength = 10;

    private static readonly SecurityJsonContext Json = new(new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
    // Built on the first password hashed or checked: its options create a random number generator, which loads the
    // cryptography library and OpenSSL (≈ 5 MB resident) into a worker that may never see a login.
    private readonly Lazy<PasswordHasher<ConsoleUser>> _hasher = new(() => new PasswordHasher<ConsoleUser>());
    private readonly SemaphoreSlim _write = new(1, 1);

    public void Dispose() => _write.Dispose();

    public string FilePath => Path.Combine(paths.Value.DataRoot, FileName);

    public async Task<IReadOnlyList<ConsoleUser>> ListAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        await using var stream = File.OpenRead(FilePath);
        return await JsonSerializer.DeserializeAsync(stream, Json.ListConsoleUser, cancellationToken) ?? [];
    }

    /// <summary>True when at least one user exists (read synchronously, for start-up validation).</summary>
    public bool HasUsers()
    {
        try
        {
            return File.Exists(FilePath) && (JsonSerializer.Deserialize(File.ReadAllText(FilePath), Json.ListConsoleUser)?.Count ?? 0) > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Creates the user, or replaces the password and role of an existing one. Returns an error message, or null.</summary>
    public async Task<string?> AddAsync(string name, string role, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        if (!UserName().IsMatch(name))
        {
            return $"Tên đăng nhập '{name}' không hợp lệ: 3–32 ký tự gồm chữ thường không dấu, chữ số, '.', '-', '_'.";
        }

        if (!ConsoleRoles.All.Contains(role, StringComparer.Ordinal))
        {
            return $"Vai trò '{role}' không có. Các vai trò: {string.Join(", ", ConsoleRoles.All)}.";
        }

        if (password.Length < MinimumPasswordLength)
        {
            return $"Mật khẩu quá ngắn: cần ít nhất {MinimumPasswordLength} ký tự.";
        }

        await _write.WaitAsync(cancellationToken);
        try
        {
            var users = (await ListAsync(cancellationToken)).Where(u => !string.Equals(u.Name, name, StringComparison.Ordinal)).ToList();
            var user = new ConsoleUser(name, role, string.Empty, time.GetUtcNow());
            users.Add(user with { PasswordHash = _hasher.Value.HashPassword(user, password) });
            await AtomicFile.WriteAllTextAsync(FilePath, JsonSerializer.Serialize([.. users.OrderBy(u => u.Name, StringComparer.Ordinal)], Json.ListConsoleUser), ownerOnly: true, cancellationToken);
            return null;
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>The user when the name and password match, else null (the same answer for an unknown name and a wrong password).</summary>
    public async Task<ConsoleUser?> VerifyAsync(string name, string password, CancellationToken cancellationToken)
    {
        var user = await FindAsync(name, cancellationToken);
        if (user is null)
        {
            SpendVerificationTime(password);
            return null;
        }

        return Verify(user, password) ? user : null;
    }

    /// <summary>The user of that name, or null.</summary>
    public async Task<ConsoleUser?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));

    /// <summary>True when <paramref name="password"/> is the user's.</summary>
    public bool Verify(ConsoleUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _hasher.Value.VerifyHashedPassword(user, user.PasswordHash, password) is not PasswordVerificationResult.Failed;
    }

    /// <summary>Hashes anyway, so that an unknown name takes as long as a wrong password.</summary>
    public void SpendVerificationTime(string password) => _ = _hasher.Value.VerifyHashedPassword(Dummy, DummyHash, password);

    private static readonly ConsoleUser Dummy = new("-", ConsoleRoles.Editor, string.Empty, DateTimeOffset.UnixEpoch);

    private static readonly string DummyHash = new PasswordHasher<ConsoleUser>().HashPassword(Dummy, Guid.NewGuid().ToString("N"));

    [GeneratedRegex("^[a-z0-9._-]{3,32}$")]
    private static partial Regex UserName();
}
