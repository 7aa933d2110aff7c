namespace BackPain.Core;

/// <summary>The keys of every text a person reads, for a host that supplies its own texts through an <see cref="ITextSource"/>.</summary>
public static class TextKeys
{
    /// <summary>Every key, in ordinal order, such as <c>cause.pulledMuscle</c> or <c>availability.PainFreeCheckIn</c>.</summary>
    public static IReadOnlyList<string> All => Internal.Texts.Keys;

    /// <summary>The English (neutral) text of <paramref name="key"/>, with its placeholders (<c>{0}</c> …), as a translator's reference.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The key is unknown (path <c>key</c>, code <see cref="ValidationCode.UnknownId"/>).</exception>
    public static string English(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Internal.Texts.Has(key))
        {
            var errors = new Internal.ErrorCollector();
            errors.Add(nameof(key), ValidationCode.UnknownId, Internal.Messages.Format("validation.textKeyUnknown", key), key);
            errors.ThrowIfAny("textKey");
        }

        return Internal.Texts.Get(key);
    }
}
