using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace BackPain.Core.Internal;

/// <summary>Id → instance lookup for the smart-enum catalogues, with an error listing every known id.</summary>
internal sealed class IdLookup<T>
    where T : class
{
    private readonly FrozenDictionary<string, T> _byId;
    private readonly string _catalogueName;

    internal IdLookup(IEnumerable<T> items, Func<T, string> id, string catalogueName)
    {
        _byId = items.ToFrozenDictionary(id, StringComparer.Ordinal);
        _catalogueName = catalogueName;
    }

    internal bool TryGet(string? id, [NotNullWhen(true)] out T? value)
    {
        value = null;
        return id is not null && _byId.TryGetValue(id, out value);
    }

    internal T Get(string id, string paramName)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        return TryGet(id, out var value)
            ? value
            : throw new BackPainValidationException(Messages.Format("document.id", Messages.Catalogue(_catalogueName)), [new ValidationError(paramName, ValidationCode.UnknownId, UnknownMessage(id), id)]);
    }

    private string UnknownMessage(string id)
        => Messages.Format("validation.unknownId", id, Messages.Catalogue(_catalogueName), string.Join(", ", _byId.Keys.Order(StringComparer.Ordinal)));
}
