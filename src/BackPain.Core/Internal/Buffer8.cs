using System.Runtime.CompilerServices;

namespace BackPain.Core.Internal;

/// <summary>Eight slots on the stack, for collecting a few results before allocating an array of the exact size.</summary>
[InlineArray(8)]
internal struct Buffer8<T>
{
    private T _element;
}
