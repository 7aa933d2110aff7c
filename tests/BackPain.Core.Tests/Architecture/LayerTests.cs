using System.Reflection;
using System.Reflection.Emit;

namespace BackPain.Core.Tests.Architecture;

/// <summary>
/// The core is built in layers that depend one way: foundation (validation results, texts, internal helpers) ← domain
/// vocabulary ← assessment ← recovery ← serialization. The common types share the one namespace
/// <c>BackPain.Core</c> (so a first program needs one <c>using</c>), so the layers are named here, type by type; the
/// internal namespaces (<c>Rules</c>, <c>Planning</c>, <c>Internal</c>, <c>Serialization</c>) belong to a layer as a
/// whole. The test reads every type's signatures and the IL of every method body, so a call, a field read or a
/// <c>new</c> that reaches up a layer fails here, and a new type must be given its layer before it can be merged.
/// Attributes are not read: the <c>[JsonConverter]</c> on a document type names its System.Text.Json converter for
/// the serializer and gives the type no code path into the serialization layer.
/// </summary>
public class LayerTests
{
    private enum Layer { Foundation, Domain, Assessment, Recovery, Serialization }

    private static readonly Dictionary<string, Layer> Named = Classify(
        (Layer.Foundation, ["ValidationError", "ValidationCode", "ValidationResult", "BackPainValidationException", "ITextSource", "TextKeys"]),
        (Layer.Domain,
        [
            "Cause", "Symptom", "SymptomSet", "Remedy", "Dose", "DoseKind", "Source", "MuscleGroup", "MuscleSize",
            "Exercise", "Workout", "TrainingHistory", "TriageLevel", "Trend", "Days", "HealingEstimate", "PainFindings",
            "RuleDescription", "RuleKind", "BackPainTexts",
        ]),
        (Layer.Assessment,
        [
            "SymptomReport", "SymptomReportBuilder", "Onset", "PainCharacter", "BackArea", "LegSymptoms",
            "BackPainAssessor", "AssessorOptions", "Assessment", "CauseLikelihood", "Evidence", "LikelihoodBand",
            "RedFlag", "RemedyAdvice", "Restriction", "RestrictionKind", "LiftCondition", "TriageResult", "Ranking",
        ]),
        (Layer.Recovery,
        [
            "RecoveryPlanner", "PlannerOptions", "PlanRequest", "RecoveryPlan", "DayPlan", "PlanEntry", "PlanEntryKind",
            "Availability", "OpenCondition", "Conflict", "Decision", "CheckInReport", "Clearance",
            "Rules.RecoveryRule", "Rules.RecoveryRules", "Rules.RestRule", "Rules.CheckInRule", "Rules.IceThenHeatRule",
            "Rules.CoreWorkRule", "Rules.SeeClinicianRule", "RuleCatalogue",
        ]));

    private static readonly (string Namespace, Layer Layer)[] Namespaces =
    [
        ("BackPain.Core.Internal", Layer.Foundation),
        ("BackPain.Core.Rules", Layer.Assessment),
        ("BackPain.Core.Planning", Layer.Recovery),
        ("BackPain.Core.Serialization", Layer.Serialization),
    ];

    private static IEnumerable<Type> CoreTypes =>
        typeof(Cause).Assembly.GetTypes().Where(t => t.DeclaringType is null && t.Namespace?.StartsWith("BackPain.Core", StringComparison.Ordinal) == true);

    [Fact]
    public void EveryTypeOfTheCore_BelongsToALayer()
    {
        var unplaced = CoreTypes.Where(t => LayerOf(t) is null).Select(t => t.FullName).ToList();

        unplaced.Should().BeEmpty("each new type of the core is placed in a layer in LayerTests before it is merged");
    }

    [Fact]
    public void EveryNamedType_StillExists()
    {
        var names = CoreTypes.Select(Key).ToHashSet();

        Named.Keys.Should().OnlyContain(n => names.Contains(n), "a renamed or deleted type is removed from the layer list");
    }

    [Fact]
    public void NoTypeOfTheCore_DependsOnAHigherLayer()
    {
        var violations = (
            from type in CoreTypes
            let layer = LayerOf(type)!.Value
            from used in Dependencies(type)
            let usedLayer = LayerOf(used)
            where usedLayer > layer
            select $"{Key(type)} ({layer}) uses {Key(used)} ({usedLayer})").Distinct().ToList();

        violations.Should().BeEmpty("layers depend one way: foundation ← domain ← assessment ← recovery ← serialization");
    }

    [Fact]
    public void TheDependencyReader_SeesAMethodBodysCallsAndTheSignatures()
    {
        // The planner reaches the assessment's rules from a method body, and its Plan method names Assessment in its
        // signature: if the reader missed either, the test above would pass for the wrong reason.
        var used = Dependencies(typeof(RecoveryPlanner)).Select(Key).ToList();

        used.Should().Contain(["Assessment", "PlanRequest", "Planning.PlanTimeline"]);
    }

    private static Dictionary<string, Layer> Classify(params (Layer Layer, string[] Names)[] layers) =>
        layers.SelectMany(l => l.Names.Select(n => (n, l.Layer))).ToDictionary(p => p.n, p => p.Layer);

    private static string Key(Type type) => type.FullName!["BackPain.Core.".Length..];

    private static Layer? LayerOf(Type type)
    {
        if (Named.TryGetValue(Key(type), out var layer))
        {
            return layer;
        }

        foreach (var (ns, nsLayer) in Namespaces)
        {
            if (type.Namespace == ns)
            {
                return nsLayer;
            }
        }

        return null;
    }

    /// <summary>The core's own top-level types that <paramref name="type"/> (and its nested types) refers to.</summary>
    private static HashSet<Type> Dependencies(Type type)
    {
        var found = new HashSet<Type>();
        foreach (var t in SelfAndNested(type))
        {
            Add(found, t.BaseType);
            foreach (var i in t.GetInterfaces())
            {
                Add(found, i);
            }

            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var f in t.GetFields(all))
            {
                Add(found, f.FieldType);
            }

            foreach (var p in t.GetProperties(all))
            {
                Add(found, p.PropertyType);
            }

            foreach (var m in t.GetMethods(all).Cast<MethodBase>().Concat(t.GetConstructors(all)))
            {
                if (m is MethodInfo mi)
                {
                    Add(found, mi.ReturnType);
                }

                foreach (var p in m.GetParameters())
                {
                    Add(found, p.ParameterType);
                }

                foreach (var member in MembersUsedBy(m))
                {
                    Add(found, member as Type ?? member.DeclaringType);
                    switch (member)
                    {
                        case FieldInfo f: Add(found, f.FieldType); break;
                        case MethodInfo called: Add(found, called.ReturnType); break;
                    }
                }
            }
        }

        found.Remove(type);
        return found;
    }

    private static IEnumerable<Type> SelfAndNested(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(SelfAndNested).Prepend(type);

    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null)
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Add(found, argument);
            }

            Add(found, type.GetGenericTypeDefinition());
            return;
        }

        while (type.DeclaringType is not null && !type.IsGenericParameter)
        {
            type = type.DeclaringType;
        }

        if (!type.IsGenericParameter && type.Assembly == typeof(Cause).Assembly && type.Namespace?.StartsWith("BackPain.Core", StringComparison.Ordinal) == true)
        {
            found.Add(type);
        }
    }

    private static readonly OpCode[] OneByte = OpCodesBy(b => b < 0x100);
    private static readonly OpCode[] TwoByte = OpCodesBy(b => b >= 0xFE00);

    private static OpCode[] OpCodesBy(Func<int, bool> wanted)
    {
        var table = new OpCode[256];
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)field.GetValue(null)!;
            var value = (ushort)op.Value;
            if (wanted(value))
            {
                table[value & 0xFF] = op;
            }
        }

        return table;
    }

    /// <summary>The types, methods and fields a method body names (call, newobj, ldfld, ldtoken, box, castclass …).</summary>
    private static IEnumerable<MemberInfo> MembersUsedBy(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            var op = il[i] == 0xFE ? TwoByte[il[i + 1]] : OneByte[il[i]];
            i += op.Size;
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    i += 4;
                    if (member is not null)
                    {
                        yield return member;
                    }

                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
