using System.Diagnostics.CodeAnalysis;

namespace BackPain.Core.Internal;

/// <summary>What every smart-enum catalogue offers, so that one JSON converter can serve them all.</summary>
internal interface ICatalogueEntry<TSelf>
    where TSelf : class, ICatalogueEntry<TSelf>
{
    /// <summary>What an entry is called in error messages, for example "muscle group".</summary>
    static abstract string CatalogueName { get; }

    static abstract IReadOnlyList<TSelf> All { get; }

    string Id { get; }

    static abstract bool TryFromId(string? id, [NotNullWhen(true)] out TSelf? value);
}
