using System.Diagnostics.CodeAnalysis;

namespace CchcPublisher.Channels.Website;

/// <summary>The outcome of one WordPress call: a value or a <see cref="WordPressFailure"/>, never an exception.</summary>
internal readonly record struct WordPressResult<T>(T? Value, WordPressFailure? Failure)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsOk => Failure is null;

    public static WordPressResult<T> Fail(WordPressFailure failure) => new(default, failure);

    public static WordPressResult<T> Ok(T value) => new(value, null);
}
