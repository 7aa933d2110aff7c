using System.Diagnostics.CodeAnalysis;

namespace BackPain.Core.Internal;

/// <summary>What every smart-enum catalogue offers, so that one JSON converter can serve them all.</summary>
internal interface ICatalogueEntry<TSelf>
    where TSelf : class, ICatalogueEntry<TSelf>
{
    /// <summary>The name of its <c>catalogue.*</c> message, what an entry is called in error messages: <c>muscleGroup</c> gives "muscle group".</summary>
    static abstract string CatalogueName { get; }

    static abstract IReadOnlyList<TSelf> All { get; }

    string Id { get; }

    static abstract bool TryFromId(string? id, [NotNullWhen(true)] out TSelf? value);
}
